using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Engine;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;

namespace VCRunbooks.Activities.Sessions;

/// <summary>
/// One client per (target, kind) in this process, shared by every run; the client logs in on first use and again
/// when its session expires, so a session lost mid-run costs one extra login and nothing else.
/// </summary>
/// <remarks>
/// A client is used for <see cref="RecheckAfter"/> on the engine's clock; after that, its target and secret are read
/// again. When the operator changed either (a new address, a rotated password), the next call gets a new client
/// that logs in with what is stored now; without the recheck a rotated password would only be picked up by a restart.
/// A replaced client is not disposed at once, because calls in flight may still use it; it goes with this object.
/// </remarks>
internal sealed class VCenterSessions(IVCenterClientFactory factory, ITargetResolver targets, ICredentialStore credentials, EngineOptions options)
    : IVCenterSessions, IAsyncDisposable
{
    /// <summary>How long a client is used before its target and secret are read again.</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Lazy<Task<Entry>>> _clients = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentBag<IVCenterClient> _replaced = [];

    public async Task<IVCenterClient> GetAsync(SessionReference session, CancellationToken cancellationToken)
    {
        var key = session.ToString();
        while (true)
        {
            var lazy = _clients.GetOrAdd(key, _ => new Lazy<Task<Entry>>(() => CreateAsync(session, CancellationToken.None)));
            Entry entry;
            try
            {
                entry = await lazy.Value.WaitAsync(cancellationToken);
            }
            catch (Exception) when (lazy.Value.IsFaulted)
            {
                // A bad target or a missing secret must not stick: the operator may fix it and retry the run.
                _clients.TryRemove(new KeyValuePair<string, Lazy<Task<Entry>>>(key, lazy));
                throw;
            }

            var now = options.TimeProvider.GetTimestamp();
            if (options.TimeProvider.GetElapsedTime(entry.CheckedAt, now) < RecheckAfter)
            {
                return entry.Client;
            }

            Login current;
            try
            {
                current = await ResolveAsync(session, cancellationToken);
            }
            catch (InvalidOperationException)
            {
                // The target or its secret is gone: say so now rather than go on with what was stored before.
                _clients.TryRemove(new KeyValuePair<string, Lazy<Task<Entry>>>(key, lazy));
                throw;
            }

            if (current.Fingerprint == entry.Fingerprint)
            {
                entry.CheckedAt = now;
                return entry.Client;
            }

            var replacement = new Lazy<Task<Entry>>(Task.FromResult(new Entry(factory.Create(current.Endpoint, current.Credentials), current.Fingerprint, now)));
            if (_clients.TryUpdate(key, replacement, lazy))
            {
                _replaced.Add(entry.Client);
            }
            else
            {
                await replacement.Value.Result.Client.DisposeAsync();
            }
        }
    }

    private async Task<Entry> CreateAsync(SessionReference session, CancellationToken cancellationToken)
    {
        var login = await ResolveAsync(session, cancellationToken);
        return new Entry(factory.Create(login.Endpoint, login.Credentials), login.Fingerprint, options.TimeProvider.GetTimestamp());
    }

    /// <summary>Where and as whom the session logs in, as stored now.</summary>
    private async Task<Login> ResolveAsync(SessionReference session, CancellationToken cancellationToken)
    {
        var target = await targets.FindAsync(session.Target, cancellationToken)
            ?? throw new InvalidOperationException($"No target is named '{session.Target}'.");
        if (session.Kind == SessionKind.Sso)
        {
            var password = await RevealAsync(target.SsoPasswordSecret, target, "SSO password", cancellationToken);
            return new Login(target.Api, VCenterCredentials.Sso(target.SsoUser, password), Fingerprint(target.Api, target.SsoUser, password));
        }

        var rootPassword = await RevealAsync(target.RootPasswordSecret, target, "root password", cancellationToken);
        return new Login(target.Management, VCenterCredentials.LocalRoot(rootPassword), Fingerprint(target.Management, "root", rootPassword));
    }

    /// <summary>A hash that changes when the endpoint, the user or the password does; the password itself is not kept.</summary>
    private static string Fingerprint(VCenterTarget endpoint, string user, string password) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{endpoint}\n{user}\n{password}")));

    private async Task<string> RevealAsync(string? secretName, TargetSettings target, string what, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secretName))
        {
            throw new InvalidOperationException($"Target '{target.Name}' names no secret for its {what}.");
        }

        return await credentials.RevealAsync(secretName, cancellationToken)
            ?? throw new InvalidOperationException($"Target '{target.Name}' needs the secret '{secretName}' ({what}), which does not exist.");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lazy in _clients.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully))
        {
            await lazy.Value.Result.Client.DisposeAsync();
        }

        foreach (var client in _replaced)
        {
            await client.DisposeAsync();
        }

        _clients.Clear();
        _replaced.Clear();
    }

    private sealed record Login(VCenterTarget Endpoint, VCenterCredentials Credentials, string Fingerprint);

    private sealed class Entry(IVCenterClient client, string fingerprint, long checkedAt)
    {
        private long _checkedAt = checkedAt;

        public IVCenterClient Client { get; } = client;

        public string Fingerprint { get; } = fingerprint;

        /// <summary>When the target and secret were last read (a <see cref="TimeProvider"/> timestamp).</summary>
        public long CheckedAt
        {
            get => Interlocked.Read(ref _checkedAt);
            set => Interlocked.Exchange(ref _checkedAt, value);
        }
    }
}

using System.Collections.Concurrent;
using VCRunbooks.Activities.Targets;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;

namespace VCRunbooks.Activities.Sessions;

/// <summary>
/// One client per (target, kind) in this process, shared by every run; the client logs in on first use and again
/// when its session expires, so a session lost mid-run costs one extra login and nothing else.
/// </summary>
internal sealed class VCenterSessions(IVCenterClientFactory factory, ITargetResolver targets, ICredentialStore credentials) : IVCenterSessions, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<IVCenterClient>>> _clients = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IVCenterClient> GetAsync(SessionReference session, CancellationToken cancellationToken)
    {
        var lazy = _clients.GetOrAdd(session.ToString(), _ => new Lazy<Task<IVCenterClient>>(() => CreateAsync(session, CancellationToken.None)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (lazy.Value.IsFaulted)
        {
            // A bad target or a missing secret must not stick: the operator may fix it and retry the run.
            _clients.TryRemove(new KeyValuePair<string, Lazy<Task<IVCenterClient>>>(session.ToString(), lazy));
            throw;
        }
    }

    private async Task<IVCenterClient> CreateAsync(SessionReference session, CancellationToken cancellationToken)
    {
        var target = await targets.FindAsync(session.Target, cancellationToken)
            ?? throw new InvalidOperationException($"No target is named '{session.Target}'.");
        return session.Kind == SessionKind.Sso
            ? factory.Create(target.Api, VCenterCredentials.Sso(target.SsoUser, await RevealAsync(target.SsoPasswordSecret, target, "SSO password", cancellationToken)))
            : factory.Create(target.Management, VCenterCredentials.LocalRoot(await RevealAsync(target.RootPasswordSecret, target, "root password", cancellationToken)));
    }

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
            await lazy.Value.Result.DisposeAsync();
        }

        _clients.Clear();
    }
}

using System.Collections.Concurrent;
using System.Net;
using VCRunbooks.Activities.Targets;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Resilience;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Update;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Server.Targets.Live;

/// <summary>
/// Reads a target's live state through the vCenter client, read-only, with the target's stored credentials. One read
/// per target per <see cref="CacheFor"/>, shared by every caller (a canvas of a hundred nodes asks once), and no retries:
/// a look at a target that is down must answer "unreachable" at once, not after the runbooks' patient backoff.
/// </summary>
internal sealed class LiveContextReader(ITargetResolver targets, ICredentialStore credentials, TimeProvider time, ILoggerFactory loggers)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    private readonly VCenterClientFactory _factory = new(new VCenterClientOptions { Retry = new RetryPolicy { MaxRetries = 0 } }, loggers);
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, Lazy<Task<LiveContext>> Read)> _cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The target's live state, or null when no target has that name.</summary>
    public async Task<LiveContext?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var target = await targets.FindAsync(name, cancellationToken);
        if (target is null)
        {
            return null;
        }
        var now = time.GetUtcNow();
        var entry = _cache.AddOrUpdate(name,
            _ => (now, Start(target)),
            (_, old) => now - old.At < CacheFor ? old : (now, Start(target)));
        return await entry.Read.Value.WaitAsync(cancellationToken);
    }

    private Lazy<Task<LiveContext>> Start(TargetSettings target) => new(() => ReadTargetAsync(target));

    private async Task<LiveContext> ReadTargetAsync(TargetSettings target)
    {
        var readAt = time.GetUtcNow();
        string? password = null;
        try
        {
            password = string.IsNullOrEmpty(target.SsoPasswordSecret) ? null : await credentials.RevealAsync(target.SsoPasswordSecret, CancellationToken.None);
            if (password is null)
            {
                return Failed(target, readAt, "credentials", string.IsNullOrEmpty(target.SsoPasswordSecret)
                    ? $"Target '{target.Name}' names no secret for its SSO password; an admin sets ssoPasswordSecret on the target."
                    : $"Target '{target.Name}' needs the secret '{target.SsoPasswordSecret}' (SSO password), which does not exist.");
            }
            using var timeout = new CancellationTokenSource(CallTimeout);
            await using var client = _factory.Create(target.Api with { Timeout = CallTimeout }, VCenterCredentials.Sso(target.SsoUser, password));
            return await ReadClientAsync(target, client, readAt, timeout.Token);
        }
        catch (VCenterException ex) when (IsLoginRefused(ex))
        {
            return Failed(target, readAt, "credentials", $"{target.Api.Host} refused the login of {target.SsoUser}: {Scrub(ex.Message, password)}");
        }
        catch (VCenterException ex) when (ex.IsTransient)
        {
            return Failed(target, readAt, "unreachable", $"{target.Api.Host} could not be reached: {Scrub(ex.Message, password)}");
        }
        catch (OperationCanceledException)
        {
            return Failed(target, readAt, "unreachable", $"{target.Api.Host} did not answer within {CallTimeout.TotalSeconds:0} s.");
        }
        catch (Exception ex) when (ex is VCenterException or HttpRequestException or ArgumentException or InvalidOperationException)
        {
            return Failed(target, readAt, "error", $"Reading {target.Name} failed: {Scrub(ex.Message, password)}");
        }
    }

    private static async Task<LiveContext> ReadClientAsync(TargetSettings target, IVCenterClient client, DateTimeOffset readAt, CancellationToken cancellationToken)
    {
        var version = await client.System.GetVersionAsync(cancellationToken);
        var health = await client.Health.GetSystemAsync(cancellationToken);
        var update = await client.Update.GetAsync(cancellationToken);
        // The update state says UpToDate until someone checked; the pending list is what the repository offers now.
        var pending = await client.Update.ListPendingAsync(UpdateSourceType.LocalAndOnline, cancellationToken: cancellationToken);
        return new LiveContext
        {
            Target = target.Name,
            Status = "ok",
            ReadAt = readAt,
            Version = version.Version,
            Build = version.Build,
            Product = version.Product,
            Health = health.ToString().ToLowerInvariant(),
            UpdateState = update.State.ToString(),
            PendingUpdates = [.. pending.Select(p => p.Version).OrderBy(v => Version.TryParse(v, out var parsed) ? parsed : new Version())],
            Job = UpdateJob(update) ?? await BackupJobAsync(client, cancellationToken),
        };
    }

    private static LiveJob? UpdateJob(UpdateInfo update)
    {
        if (update.Task is not { Status: TaskStatus.Running or TaskStatus.Pending or TaskStatus.Blocked } task)
        {
            return null;
        }
        var percent = task.Progress is { Total: > 0 } p ? (int)Math.Clamp(p.Completed * 100 / p.Total, 0, 100) : 0;
        return new LiveJob("update", $"{task.Operation} {update.Version}".Trim(), task.Status.ToString(), percent, task.Progress?.Message.DefaultMessage);
    }

    private static async Task<LiveJob?> BackupJobAsync(IVCenterClient client, CancellationToken cancellationToken)
    {
        var jobs = await client.Backup.ListJobsAsync(cancellationToken);
        if (jobs.Count == 0)
        {
            return null;
        }
        var job = await client.Backup.GetJobAsync(jobs[0], cancellationToken);
        return job.State == ProcessState.InProgress
            ? new LiveJob("backup", $"backup {job.Id}", "Running", (int)Math.Clamp(job.Progress, 0, 100), job.Messages.Count > 0 ? job.Messages[^1].DefaultMessage : null)
            : null;
    }

    private static bool IsLoginRefused(VCenterException ex) =>
        ex.ErrorType is ErrorType.Unauthenticated or ErrorType.Unauthorized || ex.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    /// <summary>The client redacts credentials already; this makes sure the revealed password never reaches an answer.</summary>
    private static string Scrub(string message, string? password) =>
        string.IsNullOrEmpty(password) ? message : message.Replace(password, "***", StringComparison.Ordinal);

    private static LiveContext Failed(TargetSettings target, DateTimeOffset readAt, string status, string message) =>
        new() { Target = target.Name, Status = status, Message = message, ReadAt = readAt };
}

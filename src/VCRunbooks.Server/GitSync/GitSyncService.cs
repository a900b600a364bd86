using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using VCRunbooks.Engine;
using VCRunbooks.Server.GitSync.Git;
using VCRunbooks.Server.Hosting;
using VCRunbooks.Server.Metrics;
using VCRunbooks.Server.RunbookFiles;
using VCRunbooks.Server.Secrets;

namespace VCRunbooks.Server.GitSync;

/// <summary>
/// Makes the configured branch the source of runbooks: each sync fetches it, checks every runbook file of the commit by
/// its kind, publishes the changed ones as new versions recorded with the commit and its author, keeps the previous
/// version of a runbook whose file is invalid, and retracts runbooks whose file left the branch. Trigger files are stored
/// as triggers the same way (a changed one replaces the stored one, an invalid one keeps it, a removed one is taken
/// away). One sync at a time.
/// </summary>
internal sealed partial class GitSyncService(
    IOptions<GitSyncOptions> options, DataFolder data, IServiceScopeFactory scopes, IRunbookEngine engine, RunbookFileKinds kinds,
    IEnumerable<IRunbookFilePublisher> publishers, GitSyncMetrics metrics, GitSyncLease lease, ScaleOut.EngineSettings engineSettings, TimeProvider time,
    ILogger<GitSyncService> logger) : IDisposable
{
    private readonly string _node = engineSettings.NodeId ?? $"{Environment.MachineName}/{Environment.ProcessId}";
    private int _forced;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Dictionary<string, IRunbookFilePublisher> _publishers = publishers.ToDictionary(p => p.Kind, StringComparer.Ordinal);
    private readonly GitProcess _git = new(options.Value.GitPath, options.Value.CommandTimeout);
    private readonly object _waitersLock = new();
    private readonly List<(int After, TaskCompletionSource<GitSyncStatus> Done)> _waiters = [];

    /// <summary>Checks of the last sync by repository path, reused while the file's blob is the same.</summary>
    private Dictionary<string, (string Blob, RunbookFileCheck Check, int? Version)> _checked = new(StringComparer.Ordinal);

    private GitSyncStatus _status = Initial(options.Value);

    public GitSyncStatus Status => Volatile.Read(ref _status);

    public GitSyncOptions Options => options.Value;

    private int _requested;

    /// <summary>Asks the background sync to run soon (a webhook, the poll timer); requests made while one waits are merged.</summary>
    public void RequestSync()
    {
        Interlocked.Exchange(ref _forced, 1);
        RequestPoll();
    }

    /// <summary>Asks for a poll: skipped when another node synced within the poll interval.</summary>
    public void RequestPoll()
    {
        Interlocked.Increment(ref _requested);
        _requests.Writer.TryWrite(true);
    }

    /// <summary>Whether a request (not only polls) was made since the last call: the worker's next sync is not skipped then.</summary>
    internal bool TakeForced() => Interlocked.Exchange(ref _forced, 0) == 1;

    /// <summary>The source's key in the lease table.</summary>
    private string Source => $"{RedactedUrl(options.Value.Url)}#{options.Value.Branch}:{options.Value.Path}";

    /// <summary>The latest status of any node's sync of this source (the nodes share a database).</summary>
    public async Task<GitSyncStatus> CurrentStatusAsync(CancellationToken cancellationToken)
    {
        var local = Status;
        if (!options.Value.Enabled)
        {
            return local;
        }
        var shared = await lease.FindAsync(Source, cancellationToken);
        return shared?.Status is { } other && other.LastSyncAt > local.LastSyncAt ? other with { Syncs = local.Syncs } : local;
    }

    /// <summary>How many times a sync was asked for since start (what a webhook or the poll timer did, merged or not).</summary>
    public int SyncRequests => Volatile.Read(ref _requested);

    internal ChannelReader<bool> Requests => _requests.Reader;

    /// <summary>Completes with the status of the first sync numbered above <paramref name="after"/> (see <see cref="GitSyncStatus.Syncs"/>).</summary>
    public Task<GitSyncStatus> WaitForSyncAsync(int after, CancellationToken cancellationToken)
    {
        lock (_waitersLock)
        {
            if (Status.Syncs > after)
            {
                return Task.FromResult(Status);
            }

            var done = new TaskCompletionSource<GitSyncStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((after, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Syncs now (after any sync under way) and answers the new status; failures are in the status, not thrown.</summary>
    public Task<GitSyncStatus> SyncAsync(CancellationToken cancellationToken) => SyncAsync(poll: false, cancellationToken);

    /// <summary>
    /// One sync across the nodes: this node takes the lease and syncs, or (another node syncing, or a poll that finds
    /// another node's sync within the interval) takes on that node's status. A request made while another node syncs
    /// has that node sync once more.
    /// </summary>
    public async Task<GitSyncStatus> SyncAsync(bool poll, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            GitSyncStatus next;
            try
            {
                next = await SyncOnceAsync(poll, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Whatever went wrong (git, the store, a secret that does not open) is the status's to report: the
                // background loop goes on and the next sync tries again.
                metrics.SyncFailed();
                LogSyncFailed(logger, RedactedUrl(options.Value.Url), options.Value.Branch, ex.Message);
                next = Status with { LastSyncAt = time.GetUtcNow(), LastResult = "failed", Error = ex.Message, Syncs = Status.Syncs + 1 };
            }

            Publish(next);
            return next;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<GitSyncStatus> SyncOnceAsync(bool poll, CancellationToken cancellationToken)
    {
        var interval = options.Value.PollInterval;
        if (await lease.TryTakeAsync(Source, _node, cancellationToken) is not { } takenAt)
        {
            if (!poll)
            {
                await lease.RequestAsync(Source, cancellationToken);
            }
            return Adopt(await lease.FindAsync(Source, cancellationToken), cancellationToken);
        }
        // Looked at while holding the lease, so a node that synced between this poll's timer and the lease counts too:
        // another node's sync within the interval is this interval's sync.
        if (poll && interval > TimeSpan.Zero && await lease.FindAsync(Source, cancellationToken) is { Status: not null } recent && recent.SyncedBy != _node
            && time.GetUtcNow().ToUnixTimeMilliseconds() - recent.SyncedAtMs < interval.TotalMilliseconds * 0.9)
        {
            if (await lease.ReleaseUnchangedAsync(Source, _node, takenAt, CancellationToken.None))
            {
                RequestSync();
            }
            return Adopt(recent, cancellationToken);
        }
        GitSyncStatus next;
        var hold = lease.Hold(Source, _node, takenAt);
        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, hold.Lost);
            next = await RunAsync(stop.Token) with { SyncedBy = _node };
        }
        catch (OperationCanceledException) when (hold.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Another node holds the lease now and syncs; this node shows its result instead of finishing beside it.
            return Adopt(await lease.FindAsync(Source, cancellationToken), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            metrics.SyncFailed();
            LogSyncFailed(logger, RedactedUrl(options.Value.Url), options.Value.Branch, ex.Message);
            next = Status with { LastSyncAt = time.GetUtcNow(), LastResult = "failed", Error = ex.Message, Syncs = Status.Syncs + 1, SyncedBy = _node };
        }
        finally
        {
            await hold.DisposeAsync();
        }
        if (await lease.ReleaseAsync(Source, _node, takenAt, next, CancellationToken.None))
        {
            // A webhook or request reached another node during this sync: its commit may be newer than the one fetched.
            RequestSync();
        }
        return next;
    }

    /// <summary>Another node's sync, as this node's status.</summary>
    private GitSyncStatus Adopt(GitSyncLease.Shared? shared, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        if (shared?.Holder is { } holder && holder != _node)
        {
            LogOtherNode(logger, holder, options.Value.Branch);
        }
        return (shared?.Status ?? Status) with { Syncs = Status.Syncs + 1 };
    }

    private async Task<GitSyncStatus> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mirror = new GitMirror(_git, GitMirror.FolderFor(data.Path, settings.Url!));
        string sha;
        using (var credentials = await CredentialsAsync(cancellationToken))
        {
            sha = await mirror.FetchAsync(settings.Url!, settings.Branch, credentials, cancellationToken);
        }

        var commit = await mirror.CommitAsync(sha, cancellationToken);
        var previous = Status.Commit?.Sha;
        var rewritten = previous is not null && previous != sha && !await mirror.IsAncestorAsync(previous, sha, cancellationToken);
        if (rewritten)
        {
            LogHistoryRewritten(logger, settings.Branch, previous!, sha);
        }

        var prefix = settings.PathPrefix;
        var entries = (await mirror.ListFilesAsync(sha, prefix, cancellationToken))
            .Where(e => !e.Path[prefix.Length..].Split('/').Any(segment => segment.StartsWith('.')))
            .ToList();
        var known = entries.Where(e => kinds.Find(e.Path[prefix.Length..]) is not null).ToList();
        var changed = known.Where(e => !_checked.TryGetValue(e.Path, out var seen) || seen.Blob != e.Blob).ToList();
        var contents = await mirror.ReadBlobsAsync([.. changed.Select(e => e.Blob).Distinct(StringComparer.Ordinal)], cancellationToken);

        var checks = new Dictionary<string, (string Blob, RunbookFileCheck Check, int? Version)>(StringComparer.Ordinal);
        foreach (var entry in known)
        {
            if (_checked.TryGetValue(entry.Path, out var seen) && seen.Blob == entry.Blob)
            {
                checks[entry.Path] = seen;
                continue;
            }

            var file = new RunbookFile(entry.Path[prefix.Length..], Text(contents[entry.Blob]));
            checks[entry.Path] = (entry.Blob, kinds.Find(file.Path)!.Check(file), null);
        }

        var folder = RunbookFolderCheck.Combine(checks.Values.Select(c => c.Check), entries.Except(known).Select(e => e.Path[prefix.Length..]));
        var latest = (await engine.ListDefinitionsAsync(cancellationToken)).GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Version)!, StringComparer.Ordinal);

        var files = new List<GitFileStatus>();
        var published = new List<string>();
        var triggersPublished = new List<string>();
        // Triggers whose file left the branch go first, so a file renamed in this commit is stored under its new path.
        var triggersRemoved = new List<GitTriggerRemoval>();
        var paths = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var remover in _publishers.Values.OfType<IRemovesGoneDefinitions>())
        {
            foreach (var (id, path) in await remover.RemoveGoneAsync(paths, cancellationToken))
            {
                triggersRemoved.Add(new GitTriggerRemoval(id, path));
                LogTriggerRemoved(logger, id, path, sha);
            }
        }
        foreach (var check in folder.Checks)
        {
            var path = prefix + check.Path;
            var previousVersion = check.RunbookId is { } known1 && latest.TryGetValue(known1, out var last) ? last : null;
            if (!check.Valid)
            {
                LogInvalid(logger, path, sha, string.Join("; ", check.Errors));
                files.Add(new GitFileStatus(path, check.Kind, check.RunbookId, previousVersion?.Version, "invalid", check.Errors));
                continue;
            }

            var cached = checks[path];
            if (cached.Version is { } version && previousVersion is { Retracted: null } && previousVersion.Version == version)
            {
                files.Add(new GitFileStatus(path, check.Kind, check.RunbookId, version, "unchanged", []));
                continue;
            }

            if (!_publishers.TryGetValue(check.Kind, out var publisher))
            {
                files.Add(new GitFileStatus(path, check.Kind, check.RunbookId, null, "skipped", [new RunbookFileError(path, 1, 1, $"this server checks {check.Kind} files but cannot publish them yet")]));
                continue;
            }

            var outcome = await publisher.PublishAsync(check, previousVersion, new DefinitionSource(path, sha, commit.Author), cancellationToken);
            if (outcome.Errors.Count > 0)
            {
                files.Add(new GitFileStatus(path, check.Kind, check.RunbookId, previousVersion?.Version, "invalid", outcome.Errors));
                continue;
            }

            if (check.RunbookId is null && outcome.DefinitionId is { } triggerId)
            {
                // A trigger file: stored as a trigger, not a runbook version, and checked against the store every sync.
                if (outcome.Changed)
                {
                    triggersPublished.Add(triggerId);
                    LogTriggerPublished(logger, triggerId, path, sha, commit.Author);
                }
                files.Add(new GitFileStatus(path, check.Kind, null, null, outcome.Changed ? "published" : "unchanged", [], triggerId));
                continue;
            }

            checks[path] = cached with { Version = outcome.Version };
            if (outcome.Changed)
            {
                published.Add(check.RunbookId!);
                LogPublished(logger, check.RunbookId!, outcome.Version, path, sha, commit.Author);
            }

            files.Add(new GitFileStatus(path, check.Kind, check.RunbookId, outcome.Version, outcome.Changed ? "published" : "unchanged", []));
        }

        files.AddRange(folder.Skipped.Select(p => new GitFileStatus(prefix + p, null, null, null, "skipped", [])));
        var retracted = await RetractRemovedAsync(latest.Values, folder, entries, commit, cancellationToken);
        _checked = checks;

        var invalid = files.Count(f => f.State == "invalid");
        var result = invalid == 0 ? "ok" : "errors";
        metrics.Synced(result, published.Count, retracted.Count, invalid);
        LogSynced(logger, sha, settings.Branch, published.Count, retracted.Count, invalid);
        return new GitSyncStatus
        {
            Enabled = true,
            Url = RedactedUrl(settings.Url),
            Branch = settings.Branch,
            Path = settings.Path,
            Commit = commit,
            LastSyncAt = time.GetUtcNow(),
            LastResult = result,
            HistoryRewritten = rewritten,
            Syncs = Status.Syncs + 1,
            Published = published,
            Retracted = retracted,
            Files = [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)],
            TriggersPublished = triggersPublished,
            TriggersRemoved = triggersRemoved,
        };
    }

    /// <summary>
    /// Runbooks published from git whose id no file of the commit defines any more, and whose file is gone (an invalid
    /// file that still exists keeps its runbook's previous version).
    /// </summary>
    private async Task<List<GitRetraction>> RetractRemovedAsync(
        IEnumerable<DefinitionSummary> latest, RunbookFolderCheck folder, List<GitTreeEntry> entries, GitCommit commit, CancellationToken cancellationToken)
    {
        var defined = folder.Checks.Select(c => c.RunbookId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var paths = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var retracted = new List<GitRetraction>();
        foreach (var runbook in latest.Where(d => d.Source is not null && d.Retracted is null))
        {
            if (defined.Contains(runbook.Id) || paths.Contains(runbook.Source!.Path))
            {
                continue;
            }

            var reason = $"its file {runbook.Source.Path} was removed from {options.Value.Branch} at commit {commit.Sha[..12]}";
            if (await engine.RetractAsync(runbook.Id, reason, cancellationToken))
            {
                retracted.Add(new GitRetraction(runbook.Id, runbook.Source.Path));
                LogRetracted(logger, runbook.Id, runbook.Source.Path, commit.Sha);
            }
        }

        return retracted;
    }

    /// <summary>The credential for one git operation, from the secret store; none when no credential is configured.</summary>
    internal async Task<GitCredentialSession> CredentialsAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Credential is not { Length: > 0 } name)
        {
            return GitCredentialSession.None;
        }

        await using var scope = scopes.CreateAsyncScope();
        var secret = await scope.ServiceProvider.GetRequiredService<SecretStore>().RevealAsync(name, cancellationToken)
            ?? throw new InvalidOperationException($"Runbooks:Git:Credential names the secret '{name}', which does not exist; create it with PUT /api/secrets/{name}.");
        return GitCredentialSession.Create(secret, options.Value.TokenUser, Path.Combine(data.Path, "git", "known_hosts"));
    }

    private void Publish(GitSyncStatus next)
    {
        List<TaskCompletionSource<GitSyncStatus>> done;
        lock (_waitersLock)
        {
            Volatile.Write(ref _status, next);
            done = [.. _waiters.Where(w => next.Syncs > w.After).Select(w => w.Done)];
            _waiters.RemoveAll(w => next.Syncs > w.After);
        }

        foreach (var waiter in done)
        {
            waiter.TrySetResult(next);
        }
    }

    public void Dispose() => _gate.Dispose();

    private static string Text(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>The URL without any user:token@ part.</summary>
    internal static string? RedactedUrl(string? url) => url is null ? null : GitProcess.Scrub(url);

    private static GitSyncStatus Initial(GitSyncOptions options) => options.Enabled
        ? new GitSyncStatus { Enabled = true, Url = RedactedUrl(options.Url), Branch = options.Branch, Path = options.Path }
        : new GitSyncStatus { Enabled = false, Error = "Runbooks come from the runbooks folder; set Runbooks:Git:Url to take them from a git repository." };

    [LoggerMessage(Level = LogLevel.Information, Message = "Published runbook {RunbookId} version {Version} from {Path} at commit {Commit} by {Author}")]
    private static partial void LogPublished(ILogger logger, string runbookId, int version, string path, string commit, string author);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored trigger {TriggerId} from {Path} at commit {Commit} by {Author}")]
    private static partial void LogTriggerPublished(ILogger logger, string triggerId, string path, string commit, string author);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed trigger {TriggerId}: its file {Path} is not in commit {Commit}; it starts nothing from now on")]
    private static partial void LogTriggerRemoved(ILogger logger, string triggerId, string path, string commit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Runbook file {Path} at commit {Commit} is not valid; its runbook keeps its previous version: {Errors}")]
    private static partial void LogInvalid(ILogger logger, string path, string commit, string errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retracted runbook {RunbookId}: its file {Path} is not in commit {Commit}; new runs are refused, runs in flight finish")]
    private static partial void LogRetracted(ILogger logger, string runbookId, string path, string commit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Branch {Branch} was force-pushed: commit {Previous} is not in the history of {Commit}")]
    private static partial void LogHistoryRewritten(ILogger logger, string branch, string previous, string commit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Synced commit {Commit} of {Branch}: {Published} published, {Retracted} retracted, {Invalid} invalid")]
    private static partial void LogSynced(ILogger logger, string commit, string branch, int published, int retracted, int invalid);

    [LoggerMessage(Level = LogLevel.Information, Message = "Git sync of {Branch} left to node {Node}, which syncs it now")]
    private static partial void LogOtherNode(ILogger logger, string node, string branch);

    [LoggerMessage(Level = LogLevel.Error, Message = "Git sync of {Url} branch {Branch} failed; the runbooks published stay as they are: {Error}")]
    private static partial void LogSyncFailed(ILogger logger, string? url, string branch, string error);
}

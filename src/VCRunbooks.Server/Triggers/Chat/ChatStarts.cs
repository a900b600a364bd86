using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Starting;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>
/// Starts the runs chat commands acknowledged (Slack and Mattermost want the answer at once). The command recorded
/// its <see cref="ChatStartRequest"/> in the database before the answer; this takes each pending one on one node at a
/// time (a lease), starts it through <see cref="TriggeredRunStarter"/> (its claim and the engine's idempotency key make
/// it one run, whatever node or attempt gets there), posts the run link or the reason to the command's response URL,
/// and records the run's chat origin so progress and questions follow. Woken by each new command, and it looks every
/// <see cref="TriggerOptions.ChatStartPoll"/> for requests a node left when it died, so a restart picks them up.
/// </summary>
internal sealed partial class ChatStarts(
    ChatStartRequests requests, TriggeredRunStarter starter, ChatStore store, ChatNotifier notifier, TriggerCatalog catalog, IEnumerable<IChatPoster> posters,
    RunLinks links, IOptions<TriggerOptions> options, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<ChatStarts> logger) : BackgroundService
{
    /// <summary>How long a node holds a request it took; one that died holding it leaves it to others after this.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    /// <summary>Attempts that failed on an error (not a refusal) before the request is given up as failed.</summary>
    public const int MaxAttempts = 5;

    /// <summary>How often the starter deletes old requests (<see cref="TriggerOptions.ChatStartRetention"/>), or more often with a shorter retention.</summary>
    public static readonly TimeSpan CleanupInterval = TimeSpan.FromHours(1);

    private static readonly string Node = $"{Environment.MachineName}/{Environment.ProcessId}";

    private DateTimeOffset _nextCleanup = DateTimeOffset.MinValue;

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>A command was recorded: look now rather than at the next poll.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.ChatStartWorkers == 0)
        {
            LogRecordOnly(logger);
            return;
        }
        Task<bool>? woken = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await StartDueAsync(stoppingToken);
                await CleanUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogLoopFailed(logger, ex);
            }
            woken ??= _wake.Reader.WaitToReadAsync(stoppingToken).AsTask();
            using (var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                await Task.WhenAny(woken, Task.Delay(options.Value.ChatStartPoll, time, poll.Token));
                await poll.CancelAsync();
            }
            if (woken.IsCompleted)
            {
                woken = null;
                _wake.Reader.TryRead(out _);
            }
        }
    }

    /// <summary>
    /// Starts one request just recorded, for a platform that answers in the request (Teams): the request as it ended up,
    /// or null when it did not end within <paramref name="budget"/> (the start goes on, and stays the starter's to finish
    /// when this node stops meanwhile) or this node leaves starting to others (<see cref="TriggerOptions.ChatStartWorkers"/> 0).
    /// </summary>
    public async Task<ChatStartRequest?> StartWithinAsync(ChatStartRequest request, TimeSpan budget, CancellationToken cancellationToken)
    {
        if (options.Value.ChatStartWorkers == 0 || !await requests.TryTakeAsync(request.Id, Node, Lease, cancellationToken))
        {
            return null;
        }
        // Not the request's token: Teams hanging up must not stop a start that is under way.
        var start = StartAsync(request, lifetime.ApplicationStopping);
        try
        {
            return await start.WaitAsync(budget, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <summary>Starts every pending request no node holds; the requests this node handled, as they ended up.</summary>
    public async Task<IReadOnlyList<ChatStartRequest>> StartDueAsync(CancellationToken cancellationToken)
    {
        var handled = new ConcurrentBag<ChatStartRequest>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.ChatStartWorkers), CancellationToken = cancellationToken };
        while (await requests.DueAsync(100, cancellationToken) is { Count: > 0 } due)
        {
            var taken = 0;
            await Parallel.ForEachAsync(due, parallel, async (request, token) =>
            {
                if (await requests.TryTakeAsync(request.Id, Node, Lease, token))
                {
                    Interlocked.Increment(ref taken);
                    handled.Add(await StartAsync(request, token));
                }
            });
            if (taken == 0)
            {
                // Every one was taken by another node in between.
                break;
            }
        }
        return [.. handled];
    }

    /// <summary>
    /// Deletes the requests that started or failed longer than <see cref="TriggerOptions.ChatStartRetention"/> ago, at most
    /// once per <see cref="CleanupInterval"/> (earlier calls do nothing); the number deleted.
    /// </summary>
    public async Task<int> CleanUpAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < _nextCleanup)
        {
            return 0;
        }
        var retention = options.Value.ChatStartRetention;
        _nextCleanup = now + (retention < CleanupInterval ? retention : CleanupInterval);
        var deleted = await requests.DeleteFinishedAsync(now - retention, cancellationToken);
        if (deleted > 0)
        {
            LogCleanedUp(logger, deleted, retention);
        }
        return deleted;
    }

    /// <summary>The reply for what a start came to: the status to record (null: another attempt still starts it) and the text.</summary>
    public static (string? Status, string Text, bool Public) Describe(StartOutcome outcome, string runbook, string user, string shown, RunLinks links) => outcome switch
    {
        { Result: StartResult.Started or StartResult.Duplicate, RunId: { } runId } =>
            (ChatStartStatus.Started, $"Started `{runbook}` for {user} ({shown}): run <{links.Run(runId)}|{runId}>", true),
        { Result: StartResult.Duplicate, StillStarting: true } => (null, $"`{runbook}` for {user} ({shown}) is being started; the run link follows.", false),
        { Result: StartResult.Deferred } or { Result: StartResult.Duplicate } => (ChatStartStatus.Waiting, $"`{runbook}` ({shown}) waits: {outcome.Reason}", true),
        _ => (ChatStartStatus.Failed, $"Not started: {outcome.Reason}", false),
    };

    private async Task<ChatStartRequest> StartAsync(ChatStartRequest request, CancellationToken cancellationToken)
    {
        var attempt = request.Attempts + 1;
        try
        {
            var inputs = JsonNode.Parse(request.Inputs) as JsonObject ?? [];
            var outcome = await starter.StartAsync(request.TriggerId, request.Runbook, inputs, request.Id, cancellationToken);
            var (status, text, _) = Describe(outcome, request.Runbook, request.UserName, request.Shown, links);
            if (status is null)
            {
                // An earlier attempt (on a node that died, or still going) holds the start: the next look tries again.
                await requests.NoteAttemptAsync(request.Id, outcome.Reason!, cancellationToken);
                return request;
            }
            return await FinishAsync(request, status, outcome.RunId, outcome.RunId is null ? outcome.Reason : null, text, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            if (attempt >= MaxAttempts)
            {
                var reason = $"gave up after {attempt} attempts: {ex.Message}";
                return await FinishAsync(request, ChatStartStatus.Failed, null, reason, $"Not started: `{request.Runbook}` ({request.Shown}) {reason}", cancellationToken);
            }
            LogAttemptFailed(logger, request.Id, attempt, ex);
            await requests.NoteAttemptAsync(request.Id, $"attempt {attempt} failed: {ex.Message}", cancellationToken);
            return request;
        }
    }

    private async Task<ChatStartRequest> FinishAsync(ChatStartRequest request, string status, string? runId, string? reason, string text, CancellationToken cancellationToken)
    {
        if (status == ChatStartStatus.Failed)
        {
            LogNotStarted(logger, request.Id, request.Workspace, request.UserId, request.Runbook, reason!);
        }
        if (request.ResponseUrl is not null)
        {
            await RespondAsync(request, text, cancellationToken);
        }
        if (runId is not null)
        {
            // After the run link, so the link comes before any progress or the outcome.
            await store.AddOriginAsync(new ChatOrigin
            {
                RunId = runId, Workspace = request.Workspace, Channel = request.Channel, UserId = request.UserId, ResponseUrl = request.ResponseUrl,
                Posts = request.ResponseUrl is null ? 0 : 1,
            }, cancellationToken);
            notifier.OriginRecorded(runId);
        }
        await requests.FinishAsync(request.Id, status, runId, reason, cancellationToken);
        request.Status = status;
        request.RunId = runId;
        request.Reason = reason;
        return request;
    }

    /// <summary>Posts to the response URL; a post that fails is logged and the start still counts.</summary>
    private async Task RespondAsync(ChatStartRequest request, string text, CancellationToken cancellationToken)
    {
        try
        {
            var snapshot = await catalog.GetAsync(cancellationToken);
            if (snapshot.Workspaces.FirstOrDefault(w => w.Id == request.Workspace) is { } workspace && posters.FirstOrDefault(p => p.Platform == workspace.Platform) is { } poster)
            {
                await poster.RespondAsync(workspace, request.ResponseUrl!, text, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPostFailed(logger, request.Id, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat command {RequestId} from {UserId} in {Workspace} did not start {Runbook}: {Reason}")]
    private static partial void LogNotStarted(ILogger logger, string requestId, string workspace, string userId, string runbook, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat command {RequestId}: start attempt {Attempt} failed; it is tried again")]
    private static partial void LogAttemptFailed(ILogger logger, string requestId, int attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat command {RequestId}: the reply to its response URL could not be posted")]
    private static partial void LogPostFailed(ILogger logger, string requestId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} chat starts that started or failed more than {Retention} ago")]
    private static partial void LogCleanedUp(ILogger logger, int count, TimeSpan retention);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pending chat starts could not be looked at")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Triggers:ChatStartWorkers is 0: this node records chat commands and leaves starting them to the other nodes")]
    private static partial void LogRecordOnly(ILogger logger);
}

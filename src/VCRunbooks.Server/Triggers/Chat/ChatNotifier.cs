using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Server.Live;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>
/// Follows every run's events and tells chat: a question goes to the channel the run came from (or the workspace's
/// questions channel) with a button per answer; milestones and the outcome go to the command's response URL, at most
/// <see cref="ChatStore.MaxPosts"/> posts with the last kept for the outcome. Each post is claimed in the database, so
/// with several nodes (all seeing every event) each is made once.
/// </summary>
internal sealed partial class ChatNotifier(
    RunEventHub hub, IRunbookEngine engine, ChatStore store, TriggerClaims claims, TriggerCatalog catalog, IEnumerable<IChatPoster> posters,
    RunLinks links, TimeProvider time, ILogger<ChatNotifier> logger) : BackgroundService
{
    /// <summary>Activities that are flow control, not milestones an operator follows.</summary>
    private static readonly HashSet<string> Plumbing = new(StringComparer.Ordinal)
    {
        "Start", "End", "Log", "SetVariable", "If", "Switch", "Fork", "Join", "ForEach", "Delay", "WaitForEvent", "Ask", "Fail", "RunRunbook", "AskLog",
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Channel<string> _recorded = Channel.CreateUnbounded<string>();
    private readonly ConcurrentDictionary<string, (ChatOrigin? Origin, DateTimeOffset At)> _origins = new(StringComparer.Ordinal);

    /// <summary>A command recorded its run's origin: catch up on what the run did before (it may already ask, or be done).</summary>
    public void OriginRecorded(string runId)
    {
        _origins.TryRemove(runId, out _);
        _recorded.Writer.TryWrite(runId);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var catchUp = CatchUpAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            using var subscription = hub.Subscribe(null);
            try
            {
                await foreach (var e in subscription.Reader.ReadAllAsync(stoppingToken))
                {
                    try
                    {
                        await OnEventAsync(e, stoppingToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        LogFailed(logger, e.Type, e.RunId, ex);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }
            LogResubscribed(logger);
        }
        await catchUp;
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var runId in _recorded.Reader.ReadAllAsync(cancellationToken))
            {
                try
                {
                    foreach (var question in await engine.ListQuestionsAsync(runId, cancellationToken))
                    {
                        await PostQuestionAsync(question, cancellationToken);
                    }
                    if (await engine.GetRunAsync(runId, cancellationToken) is { Status: RunStatus.Completed or RunStatus.Faulted or RunStatus.Cancelled } run)
                    {
                        await PostOutcomeAsync(runId, Outcome(run.Status, run.Error), cancellationToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(logger, "catch-up", runId, ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task OnEventAsync(LiveEvent e, CancellationToken cancellationToken)
    {
        switch (e.Type)
        {
            case nameof(QuestionRaised):
                var raised = JsonSerializer.Deserialize<QuestionRaised>(e.Payload, Json)!;
                await PostQuestionAsync(new OpenQuestion(raised.QuestionId, raised.RunId, raised.ActivityId, raised.Text, raised.AllowedAnswers, raised.DefaultAnswer, raised.At, TimesOutAt: raised.TimeoutAt), cancellationToken);
                break;
            case nameof(ActivityCompleted):
                var completed = JsonSerializer.Deserialize<ActivityCompleted>(e.Payload, Json)!;
                if (!Plumbing.Contains(completed.ActivityType) && await OriginAsync(e.RunId, cancellationToken) is { ResponseUrl: not null } origin
                    && await claims.TryClaimAsync("chat-milestone", $"{e.RunId}:{completed.ActivityId}", null, cancellationToken)
                    && await store.TryTakePostAsync(e.RunId, ChatStore.MaxPosts - 1, cancellationToken))
                {
                    await RespondAsync(origin, $"✓ {completed.ActivityId} ({completed.ActivityType}) done · run <{links.Run(e.RunId)}|{e.RunId}>", cancellationToken);
                }
                break;
            case nameof(RunCompleted):
                await PostOutcomeAsync(e.RunId, "completed", cancellationToken);
                break;
            case nameof(RunFaulted):
                var faulted = JsonSerializer.Deserialize<RunFaulted>(e.Payload, Json)!;
                await PostOutcomeAsync(e.RunId, Outcome(RunStatus.Faulted, faulted.Error), cancellationToken);
                break;
            case nameof(RunCancelled):
                await PostOutcomeAsync(e.RunId, "was cancelled", cancellationToken);
                break;
        }
    }

    private static string Outcome(RunStatus status, string? error) => status switch
    {
        RunStatus.Completed => "completed",
        RunStatus.Faulted => $"faulted: {error}",
        _ => "was cancelled",
    };

    private async Task PostOutcomeAsync(string runId, string outcome, CancellationToken cancellationToken)
    {
        if (await OriginAsync(runId, cancellationToken) is { ResponseUrl: not null } origin
            && await claims.TryClaimAsync("chat-outcome", runId, null, cancellationToken)
            && await store.TryTakePostAsync(runId, ChatStore.MaxPosts, cancellationToken))
        {
            await RespondAsync(origin, $"Run <{links.Run(runId)}|{runId}> {outcome}.", cancellationToken);
        }
    }

    private async Task PostQuestionAsync(OpenQuestion question, CancellationToken cancellationToken)
    {
        var origin = await OriginAsync(question.RunId, cancellationToken);
        var snapshot = await catalog.GetAsync(cancellationToken);
        var workspace = origin is not null
            ? snapshot.Workspaces.FirstOrDefault(w => w.Id == origin.Workspace)
            : snapshot.Workspaces.FirstOrDefault(w => w.PostAllQuestions && w.QuestionsChannel is not null);
        var channel = origin?.Channel ?? workspace?.QuestionsChannel;
        if (workspace is null || channel is null || posters.FirstOrDefault(p => p.Platform == workspace.Platform) is not { } poster)
        {
            return;
        }
        if (!await store.TryAddQuestionAsync(question.QuestionId, workspace.Id, question.RunId, question.Text, channel, cancellationToken))
        {
            return;
        }
        var (postedIn, messageId) = await poster.PostQuestionAsync(workspace, channel, question, cancellationToken);
        await store.SetMessageAsync(question.QuestionId, postedIn ?? channel, messageId, cancellationToken);
    }

    private async Task RespondAsync(ChatOrigin origin, string text, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetAsync(cancellationToken);
        if (snapshot.Workspaces.FirstOrDefault(w => w.Id == origin.Workspace) is { } workspace && posters.FirstOrDefault(p => p.Platform == workspace.Platform) is { } poster)
        {
            await poster.RespondAsync(workspace, origin.ResponseUrl!, text, cancellationToken);
        }
    }

    /// <summary>The run's chat origin, remembered a few seconds (a run's events come in bursts), so most events cost no query.</summary>
    private async Task<ChatOrigin?> OriginAsync(string runId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_origins.TryGetValue(runId, out var cached) && now - cached.At < TimeSpan.FromSeconds(5))
        {
            return cached.Origin;
        }
        if (_origins.Count > 10_000)
        {
            _origins.Clear();
        }
        var origin = await store.FindOriginAsync(runId, cancellationToken);
        _origins[runId] = (origin, now);
        return origin;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat notification for {EventType} of run {RunId} failed")]
    private static partial void LogFailed(ILogger logger, string eventType, string runId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat notifier fell behind the run events and subscribed again")]
    private static partial void LogResubscribed(ILogger logger);
}

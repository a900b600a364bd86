using System.Text.Json;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Server.Live;
using VCRunbooks.Server.Triggers.Chat;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.Triggers.WriteBack;

/// <summary>
/// When a run started by a webhook with a write-back asks a question or ends, writes that to its ticket (once across
/// nodes, by a claim per run and event). A write-back that still fails after its retries is noted in the run's journal, recorded and counted;
/// it never touches the run.
/// </summary>
internal sealed partial class WriteBackNotifier(
    RunEventHub hub, VCRunbooks.Engine.IRunbookEngine engine, WriteBackStore store, TicketClient client, TriggerClaims claims, TriggerCatalog catalog, RunLinks links, TriggerMetrics metrics,
    ILogger<WriteBackNotifier> logger) : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            using var subscription = hub.Subscribe(null);
            try
            {
                await foreach (var e in subscription.Reader.ReadAllAsync(stoppingToken))
                {
                    if (Line(e) is not { } line)
                    {
                        continue;
                    }
                    // Off the event loop: a slow ticket system must not hold up the next run's events.
                    _ = Task.Run(() => WriteAsync(e.RunId, line.Event, line.Text, stoppingToken), stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>A webhook recorded the run's ticket after starting it: write what the run already did (it may have asked, or ended).</summary>
    public async Task TargetRecordedAsync(string runId, CancellationToken cancellationToken)
    {
        foreach (var question in await engine.ListQuestionsAsync(runId, cancellationToken))
        {
            await WriteAsync(runId, "question:" + question.QuestionId, Asks(runId, question.Text, question.AllowedAnswers), cancellationToken);
        }
        if (await engine.GetRunAsync(runId, cancellationToken) is { Status: var status and (Engine.Runs.RunStatus.Completed or Engine.Runs.RunStatus.Faulted or Engine.Runs.RunStatus.Cancelled) } run)
        {
            var text = status switch
            {
                Engine.Runs.RunStatus.Completed => $"VCRunbooks run {runId} completed. {links.Run(runId)}",
                Engine.Runs.RunStatus.Faulted => $"VCRunbooks run {runId} faulted: {run.Error}. {links.Run(runId)}",
                _ => $"VCRunbooks run {runId} was cancelled. {links.Run(runId)}",
            };
            await WriteAsync(runId, "ended", text, cancellationToken);
        }
    }

    private string Asks(string runId, string text, IReadOnlyList<string> answers) =>
        $"VCRunbooks run {runId} asks: {text} ({string.Join(" / ", answers)}). Answer at {links.QuestionsInbox()} — run {links.Run(runId)}";

    private (string Event, string Text)? Line(LiveEvent e) => e.Type switch
    {
        nameof(QuestionRaised) => JsonSerializer.Deserialize<QuestionRaised>(e.Payload, Json) is { } q
            ? ("question:" + q.QuestionId, Asks(e.RunId, q.Text, q.AllowedAnswers))
            : null,
        nameof(RunCompleted) => ("ended", $"VCRunbooks run {e.RunId} completed. {links.Run(e.RunId)}"),
        nameof(RunFaulted) => ("ended", $"VCRunbooks run {e.RunId} faulted: {JsonSerializer.Deserialize<RunFaulted>(e.Payload, Json)?.Error}. {links.Run(e.RunId)}"),
        nameof(RunCancelled) => ("ended", $"VCRunbooks run {e.RunId} was cancelled. {links.Run(e.RunId)}"),
        _ => null,
    };

    private async Task WriteAsync(string runId, string eventName, string text, CancellationToken cancellationToken)
    {
        try
        {
            if (await store.FindTargetAsync(runId, cancellationToken) is not { } target
                || (await catalog.GetAsync(cancellationToken)).All.OfType<WebhookTrigger>().FirstOrDefault(t => t.Id == target.TriggerId)?.WriteBack is not { } writeBack
                || !await claims.TryClaimAsync("writeback", $"{runId}:{eventName}", null, cancellationToken))
            {
                return;
            }
            var result = await client.WriteAsync(writeBack, target.Ticket, text, cancellationToken);
            if (!result.Succeeded)
            {
                await NoteFailureAsync(runId, writeBack.System, target.Ticket, eventName, result, cancellationToken);
            }
            await store.JournalAsync(runId, writeBack.System.ToString(), target.Ticket, eventName, result.Succeeded ? "written" : "failed", result.Attempts, result.Error, cancellationToken);
            if (!result.Succeeded)
            {
                metrics.WriteBackFailed(writeBack.System.ToString());
                LogFailed(logger, writeBack.System, target.Ticket, runId, result.Attempts, result.Error ?? "unknown");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogError(logger, runId, ex);
        }
    }

    /// <summary>
    /// The run's own journal says the ticket was not written, so whoever reads the run sees it. The note names the
    /// system, the ticket, the event and the error (never the credentials, which only travel in request headers).
    /// </summary>
    private async Task NoteFailureAsync(string runId, WriteBackSystem system, string ticket, string eventName, TicketClient.Result result, CancellationToken cancellationToken)
    {
        try
        {
            await engine.AddNoteAsync(runId, "write-back",
                $"Write-back to {system} ticket {ticket} ({eventName}) failed after {result.Attempts} attempt(s): {result.Error ?? "unknown error"}. The run is not affected.",
                new System.Text.Json.Nodes.JsonObject
                {
                    ["system"] = system.ToString(), ["ticket"] = ticket, ["event"] = eventName, ["attempts"] = result.Attempts, ["error"] = result.Error,
                }, cancellationToken);
        }
        catch (Exception ex) when (ex is Engine.EngineRequestException)
        {
            LogNoteFailed(logger, runId, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The failed write-back could not be noted in run {RunId}'s journal: {Error}")]
    private static partial void LogNoteFailed(ILogger logger, string runId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Write-back to {System} ticket {Ticket} for run {RunId} failed after {Attempts} attempt(s): {Error}")]
    private static partial void LogFailed(ILogger logger, WriteBackSystem system, string ticket, string runId, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Write-back for run {RunId} could not be made")]
    private static partial void LogError(ILogger logger, string runId, Exception exception);
}

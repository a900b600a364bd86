using System.Text.Json.Nodes;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Schedules;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.Triggers.Starting;

/// <summary>
/// The one way every trigger starts a run: a durable claim on its key (so a redelivery, a second node or a second
/// click starts nothing), the calendars (a blackout refuses, outside every window the start waits for the next),
/// then the engine's start with the same key as its idempotency key.
/// </summary>
internal sealed partial class TriggeredRunStarter(
    IRunbookEngine engine, TriggerClaims claims, TriggerCatalog catalog, PendingStarts pending, TriggerMetrics metrics, TimeProvider time, ILogger<TriggeredRunStarter> logger)
{
    /// <summary>A claim older than this whose owner never recorded a run is taken over (the owner died in between).</summary>
    public static readonly TimeSpan StaleClaim = TimeSpan.FromSeconds(30);

    /// <param name="triggerId">Counted and logged by it; also the claim's scope.</param>
    /// <param name="runbook">The id of the runbook to start; the run takes its latest version.</param>
    /// <param name="inputs">The run's inputs, as the trigger's mapping made them.</param>
    /// <param name="key">Unique per thing that should start one run: a delivery id, an alert fingerprint, a tick.</param>
    /// <param name="cancellationToken">Cancels the start; a claim taken already is taken over by a later delivery after <see cref="StaleClaim"/>.</param>
    public async Task<StartOutcome> StartAsync(string triggerId, string runbook, JsonObject inputs, string key, CancellationToken cancellationToken)
    {
        var scope = "run:" + triggerId;
        var runKey = $"trigger:{triggerId}:{key}";
        if (!await claims.TryClaimAsync(scope, key, null, cancellationToken))
        {
            var claim = await claims.FindAsync(scope, key, cancellationToken);
            if (claim is null || claim.RunId is not null || claim.Detail is not null
                || !await claims.TryTakeOverAsync(scope, key, claim.ClaimedAtMs, StaleClaim, cancellationToken))
            {
                return new StartOutcome
                {
                    Result = StartResult.Duplicate,
                    RunId = claim?.RunId,
                    StillStarting = claim is { RunId: null, Detail: null },
                    Reason = claim?.RunId is { } runId ? $"'{key}' was received before and started run {runId}"
                        : claim?.Detail is { } detail ? $"'{key}' was received before: {detail}"
                        : $"'{key}' was received before and its run is being started",
                };
            }
        }

        var snapshot = await catalog.GetAsync(cancellationToken);
        var verdict = CalendarRules.Check(snapshot.Calendars, runbook, time.GetUtcNow());
        StartOutcome outcome;
        if (verdict.Blackout is { } blackout)
        {
            outcome = new StartOutcome { Result = StartResult.Refused, Reason = blackout };
        }
        else if (verdict.DeferUntil is { } opens)
        {
            await pending.AddAsync(runKey, runbook, inputs, opens, $"waits for maintenance window '{verdict.Window}'", cancellationToken);
            outcome = new StartOutcome { Result = StartResult.Deferred, StartsAt = opens, Reason = $"outside maintenance window '{verdict.Window}': starts when it opens at {opens:u}" };
        }
        else
        {
            outcome = await StartNowAsync(triggerId, runbook, inputs, runKey, cancellationToken);
        }
        if (outcome.Result == StartResult.Refused)
        {
            // Nothing started: a later delivery (after the blackout, once the runbook is published) may start it.
            await claims.ReleaseAsync(scope, key, cancellationToken);
        }
        else
        {
            await claims.CompleteAsync(scope, key, outcome.RunId, outcome.RunId is null ? outcome.Reason : null, cancellationToken);
        }
        return outcome;
    }

    /// <summary>Starts the run with the engine's idempotency key; the engine's refusal becomes the reason.</summary>
    public async Task<StartOutcome> StartNowAsync(string triggerId, string runbook, JsonObject inputs, string runKey, CancellationToken cancellationToken)
    {
        try
        {
            var run = await engine.StartRunAsync(runbook, inputs, runKey, cancellationToken: cancellationToken);
            metrics.RunStarted(triggerId);
            LogStarted(logger, triggerId, run.Id, runbook);
            return new StartOutcome { Result = StartResult.Started, RunId = run.Id };
        }
        catch (Exception ex) when (ex is KeyNotFoundException or ArgumentException or RunbookValidationException or RunbookRetractedException or EngineConflictException or InvalidOperationException)
        {
            var reason = ex is RunbookValidationException invalid ? string.Join("; ", invalid.Errors) : ex.Message;
            LogRefused(logger, triggerId, runbook, reason);
            return new StartOutcome { Result = StartResult.Refused, Reason = $"runbook '{runbook}' did not start: {reason}" };
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trigger {TriggerId} started run {RunId} of {Runbook}")]
    private static partial void LogStarted(ILogger logger, string triggerId, string runId, string runbook);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trigger {TriggerId} could not start {Runbook}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string triggerId, string runbook, string reason);
}

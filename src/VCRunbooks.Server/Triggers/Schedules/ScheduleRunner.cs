using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Starting;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.Triggers.Schedules;

/// <summary>
/// Starts scheduled runs, exactly once per tick across all nodes: every node looks at every schedule each
/// <see cref="TriggerOptions.ScheduleInterval"/>, and the tick is claimed in the database (one insert wins). A tick
/// found late (nodes were down) is a misfire: one run for the latest (runOnce) or none (skip). A tick while the
/// previous run of the schedule still goes is skipped (overlap skip). Also starts runs whose maintenance window opened.
/// </summary>
internal sealed partial class ScheduleRunner(
    TriggerCatalog catalog, TriggerClaims claims, TriggeredRunStarter starter, PendingStarts pending, IRunbookEngine engine,
    IServiceScopeFactory scopes, TimeProvider time, IOptions<TriggerOptions> options, ILogger<ScheduleRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ScheduleInterval, time);
        try
        {
            do
            {
                try
                {
                    await RunDueAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>One look at every schedule and every waiting start; what this node did.</summary>
    public async Task<IReadOnlyList<TickOutcome>> RunDueAsync(CancellationToken cancellationToken)
    {
        var outcomes = new List<TickOutcome>();
        var now = time.GetUtcNow();
        foreach (var schedule in (await catalog.GetAsync(cancellationToken)).Schedules)
        {
            outcomes.AddRange(await TickAsync(schedule, now, cancellationToken));
        }
        await StartPendingAsync(now, cancellationToken);
        return outcomes;
    }

    private async Task<IReadOnlyList<TickOutcome>> TickAsync(ScheduleTrigger schedule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var scope = "run:" + schedule.Id;
        var last = await LastTickAsync(schedule, now, cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
        var ticks = TriggerRules.Parse(schedule.Cron).GetOccurrences(last, now, zone, fromInclusive: false, toInclusive: true).ToList();
        if (ticks.Count == 0)
        {
            return [];
        }
        var latest = ticks[^1];
        var late = now - latest > schedule.MisfireThreshold;
        if (late && schedule.Misfire == MisfirePolicy.Skip)
        {
            await claims.TryClaimAsync(scope, Key(latest), $"missed {ticks.Count} tick(s) while no node ran; misfire policy skip", cancellationToken);
            LogMissed(logger, schedule.Id, ticks.Count, latest);
            return [new TickOutcome(schedule.Id, latest, "skipped: misfire")];
        }
        if (schedule.ForEachTargetTagged is { } tag)
        {
            return await FanOutAsync(schedule, tag, latest, cancellationToken);
        }
        if (schedule.Overlap == OverlapPolicy.Skip && await RunningAsync(scope, cancellationToken) is { } running)
        {
            if (await claims.TryClaimAsync(scope, Key(latest), $"skipped: the previous run {running} is still going", cancellationToken))
            {
                LogOverlap(logger, schedule.Id, latest, running);
                return [new TickOutcome(schedule.Id, latest, "skipped: overlap", running)];
            }
            return [];
        }
        var inputs = (JsonObject)schedule.Inputs.DeepClone();
        var outcome = await starter.StartAsync(schedule.Id, schedule.Runbook, inputs, Key(latest), cancellationToken);
        if (outcome.Result == StartResult.Refused)
        {
            // A blackout or a refusal: the tick is spent (the claim is released by the starter, so record it), nothing retried.
            await claims.TryClaimAsync(scope, Key(latest), outcome.Reason, cancellationToken);
        }
        return outcome.Result == StartResult.Duplicate ? [] : [new TickOutcome(schedule.Id, latest, What(outcome), outcome.RunId)];
    }

    private static string What(StartOutcome outcome) =>
        outcome.Result.ToString().ToLowerInvariant() + (outcome.Reason is null ? string.Empty : ": " + outcome.Reason);

    /// <summary>
    /// One run per target with the tag. Every node goes through every target: each start is claimed per (target, tick)
    /// in its own scope, so exactly one node starts each, and a node that dies half-way leaves the rest to the others.
    /// The tick itself is recorded once all targets were handled, so the next look starts from it.
    /// </summary>
    private async Task<IReadOnlyList<TickOutcome>> FanOutAsync(ScheduleTrigger schedule, string tag, DateTimeOffset tick, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> targets;
        await using (var scope = scopes.CreateAsyncScope())
        {
            targets = [.. (await scope.ServiceProvider.GetRequiredService<VCRunbooks.Server.Targets.TargetStore>().ListAsync(tag, cancellationToken)).Select(t => t.Name)];
        }
        var outcomes = new List<TickOutcome>();
        foreach (var target in targets)
        {
            var perTarget = $"{schedule.Id}/{target}";
            if (schedule.Overlap == OverlapPolicy.Skip && await RunningAsync("run:" + perTarget, cancellationToken) is { } running)
            {
                if (await claims.TryClaimAsync("run:" + perTarget, Key(tick), $"skipped: the previous run {running} on {target} is still going", cancellationToken))
                {
                    LogOverlap(logger, perTarget, tick, running);
                    outcomes.Add(new TickOutcome(schedule.Id, tick, "skipped: overlap", running, target));
                }
                continue;
            }
            var inputs = (JsonObject)schedule.Inputs.DeepClone();
            inputs[schedule.TargetInput] = target;
            var outcome = await starter.StartAsync(perTarget, schedule.Runbook, inputs, Key(tick), cancellationToken);
            if (outcome.Result == StartResult.Refused)
            {
                await claims.TryClaimAsync("run:" + perTarget, Key(tick), outcome.Reason, cancellationToken);
            }
            if (outcome.Result != StartResult.Duplicate)
            {
                outcomes.Add(new TickOutcome(schedule.Id, tick, What(outcome), outcome.RunId, target));
            }
        }
        if (await claims.TryClaimAsync("run:" + schedule.Id, Key(tick), $"fan-out over {targets.Count} target(s) tagged '{tag}'", cancellationToken) && targets.Count == 0)
        {
            LogNoTargets(logger, schedule.Id, tick, tag);
            outcomes.Add(new TickOutcome(schedule.Id, tick, $"skipped: no target is tagged '{tag}'"));
        }
        return outcomes;
    }

    /// <summary>The last tick handled, or when the schedule was first seen (shared by all nodes) when none was.</summary>
    private async Task<DateTimeOffset> LastTickAsync(ScheduleTrigger schedule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var latest = await claims.LatestAsync("run:" + schedule.Id, 1, cancellationToken);
        if (latest is [var (key, _)])
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(key, CultureInfo.InvariantCulture));
        }
        await claims.TryClaimAsync("schedule-anchor", schedule.Id, null, cancellationToken);
        var anchor = await claims.FindAsync("schedule-anchor", schedule.Id, cancellationToken);
        return DateTimeOffset.FromUnixTimeMilliseconds(anchor?.ClaimedAtMs ?? now.ToUnixTimeMilliseconds());
    }

    /// <summary>The schedule's latest run when it has not finished.</summary>
    private async Task<string?> RunningAsync(string scope, CancellationToken cancellationToken)
    {
        foreach (var (_, claim) in await claims.LatestAsync(scope, 5, cancellationToken))
        {
            if (claim.RunId is { } runId)
            {
                var run = await engine.GetRunAsync(runId, cancellationToken);
                return run is null or { Status: RunStatus.Completed or RunStatus.Faulted or RunStatus.Cancelled } ? null : runId;
            }
        }
        return null;
    }

    private async Task StartPendingAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var start in await pending.DueAsync(now, cancellationToken))
        {
            if (!await pending.TryTakeAsync(start.Id, now, cancellationToken))
            {
                continue;
            }
            var inputs = JsonNode.Parse(start.Inputs) as JsonObject ?? [];
            var triggerId = start.Id.Split(':') is [_, var id, ..] ? id : "pending";
            var outcome = await starter.StartNowAsync(triggerId, start.Runbook, inputs, start.Id, cancellationToken);
            await pending.CompleteAsync(start.Id, outcome.RunId ?? "refused: " + outcome.Reason, cancellationToken);
        }
    }

    /// <summary>Tick keys sort as numbers do: milliseconds, zero-padded.</summary>
    private static string Key(DateTimeOffset tick) => tick.ToUnixTimeMilliseconds().ToString("D15", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Schedule {ScheduleId} missed {Count} tick(s) up to {Tick}; misfire policy skip started none")]
    private static partial void LogMissed(ILogger logger, string scheduleId, int count, DateTimeOffset tick);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule {ScheduleId} skipped the tick at {Tick}: run {RunId} is still going")]
    private static partial void LogOverlap(ILogger logger, string scheduleId, DateTimeOffset tick, string runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Schedule {ScheduleId} started nothing at {Tick}: no target is tagged '{Tag}'")]
    private static partial void LogNoTargets(ILogger logger, string scheduleId, DateTimeOffset tick, string tag);

    [LoggerMessage(Level = LogLevel.Error, Message = "Schedules could not be run")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

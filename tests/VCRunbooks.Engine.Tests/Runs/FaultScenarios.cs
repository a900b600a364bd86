using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Runs;

public abstract class FaultScenarios : ScenarioBase
{
    private static readonly RetrySettings ThreeTries = new() { MaxAttempts = 3, InitialDelay = TimeSpan.FromSeconds(10), BackoffMultiplier = 2, Jitter = 0 };

    [EngineFact]
    public async Task Retry_TransientFailures_RetryOnDurableTimersWithBackoff()
    {
        Probe.FailuresLeft["f"] = 2;
        await Host.PublishAsync(Def.New("flaky").Act("f", "Flaky", with: a => a with { Retry = ThreeTries }).Chain("start", "f").Build());
        var run = await Host.RunAsync("flaky");
        var firstRetryAt = Assert.Single(run.Waiting).DueAt;

        await Host.AdvanceAsync(TimeSpan.FromSeconds(10));
        var secondRetryAt = Assert.Single((await Host.GetAsync(run.Id)).Waiting).DueAt;
        await Host.AdvanceAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(TimeSpan.FromSeconds(20), secondRetryAt - firstRetryAt);
        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(run.Id)).Status);
        Assert.Equal(["flaky#1", "flaky#2", "flaky#3"], Probe.Labels);
        Assert.Equal([$"{run.Id}:f:1", $"{run.Id}:f:2", $"{run.Id}:f:3"], Probe.Executions.Select(e => e.Key));
        Assert.Equal([true, true], (await OutboxAsync(run.Id)).OfType<ActivityFaulted>().Select(f => f.WillRetry));
    }

    [EngineFact]
    public async Task Retry_AttemptsExhausted_FaultsTheRun()
    {
        Probe.FailuresLeft["f"] = 5;
        await Host.PublishAsync(Def.New("flaky").Act("f", "Flaky", with: a => a with { Retry = ThreeTries with { MaxAttempts = 2 } }).Chain("start", "f").Build());
        var run = await Host.RunAsync("flaky");

        await Host.AdvanceAsync(TimeSpan.FromSeconds(10));

        var faulted = await Host.GetAsync(run.Id);
        Assert.Equal(RunStatus.Faulted, faulted.Status);
        Assert.Equal("service restarting", faulted.Error);
        Assert.Equal("f", faulted.FaultedActivityId);
        Assert.Equal(2, Probe.Executions.Count);
    }

    [EngineFact]
    public async Task Retry_PermanentError_IsNotRetried()
    {
        Probe.FailuresLeft["f"] = 1;
        await Host.PublishAsync(Def.New("perm").Act("f", "Flaky", new { Permanent = true }, a => a with { Retry = ThreeTries }).Chain("start", "f").Build());

        var run = await Host.RunAsync("perm");

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Single(Probe.Executions);
    }

    [EngineFact]
    public async Task Fault_CompensatesCompletedStepsInReverseOrder()
    {
        await Host.PublishAsync(Def.New("saga")
            .Act("a", "RecordStep", new { Label = "a" }, a => a with { Compensation = "undoA" })
            .Act("b", "RecordStep", new { Label = "b" }, a => a with { Compensation = "undoB" })
            .Act("fail", "Fail", new { Message = "disk full" })
            .Act("undoA", "RecordStep", new { Label = "undo a" }).Act("undoB", "RecordStep", new { Label = "undo b" })
            .Chain("start", "a", "b", "fail").Build());

        var run = await Host.RunAsync("saga");

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Equal(["a", "b", "undo b", "undo a"], Probe.Labels);
        var faulted = (await OutboxAsync(run.Id)).OfType<RunFaulted>().Single();
        Assert.True(faulted.Compensated);
        Assert.Equal("disk full", faulted.Error);
        await Assert.ThrowsAsync<EngineConflictException>(() => Engine.RetryAsync(run.Id));
    }

    [EngineFact]
    public async Task RetryAsync_FaultedRun_ContinuesFromTheFailedStepOnly()
    {
        Probe.FailuresLeft["f"] = 1;
        await Host.PublishAsync(Def.New("resume").Act("a", "RecordStep", new { Label = "a" }).Act("f", "Flaky", new { Permanent = true })
            .Act("c", "RecordStep", new { Label = "c" }).Chain("start", "a", "f", "c").Build());
        var run = await Host.RunAsync("resume");
        Assert.Equal(RunStatus.Faulted, run.Status);

        await Engine.RetryAsync(run.Id);
        await Host.IdleAsync();

        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(run.Id)).Status);
        Assert.Equal(["a", "flaky#1", "flaky#2", "c"], Probe.Labels);
        await Assert.ThrowsAsync<EngineConflictException>(() => Engine.RetryAsync(run.Id));
    }

    [EngineFact]
    public async Task Timeout_WaitingPastTheActivityTimeout_FaultsTheRun()
    {
        await Host.PublishAsync(Def.New("slow").Act("wait", "WaitForEvent", new { EventName = "e", CorrelationKey = "k" }, a => a with { Timeout = TimeSpan.FromMinutes(5) })
            .Chain("start", "wait").Build());
        var run = await Host.RunAsync("slow");

        await Host.AdvanceAsync(TimeSpan.FromMinutes(5));

        var faulted = await Host.GetAsync(run.Id);
        Assert.Equal(RunStatus.Faulted, faulted.Status);
        Assert.Contains("timed out", faulted.Error, StringComparison.Ordinal);
        Assert.Empty(faulted.Waiting);
    }

    [EngineFact]
    public async Task Timeout_ActivityStillWorking_IsCancelledAndFaultsTheRun()
    {
        await Host.PublishAsync(Def.New("hang").Act("call", "Hang", with: a => a with { Timeout = TimeSpan.FromSeconds(30) }).Chain("start", "call").Build());
        var run = await Engine.StartRunAsync("hang");
        await Probe.HangStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Host.Time.Advance(TimeSpan.FromSeconds(30));
        await Host.IdleAsync();

        var faulted = await Host.GetAsync(run.Id);
        Assert.Equal(RunStatus.Faulted, faulted.Status);
        Assert.Contains("timed out after 00:00:30", faulted.Error, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task Cancel_ActivityStillWorking_InterruptsItAndCancelsTheRun()
    {
        await Host.PublishAsync(Def.New("hang").Act("call", "Hang").Act("after", "RecordStep").Chain("start", "call", "after").Build());
        var run = await Engine.StartRunAsync("hang");
        await Probe.HangStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(await Engine.CancelAsync(run.Id));
        await Host.IdleAsync();

        Assert.Equal(RunStatus.Cancelled, (await Host.GetAsync(run.Id)).Status);
        Assert.Empty(Probe.Executions);
    }

    [EngineFact]
    public async Task ListRunsAndGetRun_FaultedChildRun_ReportTheSameSummary()
    {
        await Host.PublishAsync(Def.New("broken").Act("fail", "Fail", new { Message = "disk full" }).Chain("start", "fail").Build());
        await Host.PublishAsync(Def.New("caller").Act("child", "RunRunbook", new { DefinitionId = "broken" }).Chain("start", "child").Build());
        var parent = await Host.RunAsync("caller");

        var listed = Assert.Single(await Engine.ListRunsAsync(new RunQuery { DefinitionId = "broken" }));
        var details = await Host.GetAsync(listed.Id);

        Assert.Equal(parent.Id, listed.ParentRunId);
        Assert.Equal((RunStatus.Faulted, "disk full"), (listed.Status, listed.Error));
        Assert.Equal(
            (listed.Id, listed.DefinitionId, listed.Version, listed.Status, listed.ParentRunId, listed.Error, listed.CreatedAt, listed.UpdatedAt),
            (details.Id, details.DefinitionId, details.Version, details.Status, details.ParentRunId, details.Error, details.CreatedAt, details.UpdatedAt));
        Assert.Equal("fail", details.FaultedActivityId);
    }
}

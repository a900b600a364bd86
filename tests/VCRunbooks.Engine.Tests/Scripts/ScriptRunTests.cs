using System.Text.Json.Nodes;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Scripts;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Scripts;

public sealed class ScriptRunTests : IAsyncLifetime
{
    private readonly EngineStorage _storage = EngineStorage.Sqlite();
    private TestEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await TestEngine.StartAsync(_storage);

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        await _storage.DisposeAsync();
    }

    private async Task<RunbookDefinition> PublishAsync(string code, string file = "runbooks/test.csx") =>
        await _engine.PublishAsync(ScriptRunbook.Parse(file, code));

    [Fact]
    public async Task Script_CallsActivitiesInOrder_CompletesWithOutputs()
    {
        await PublishAsync("""
            // id: sequence
            var label = Input<string>("label", "What to record.", "x");
            var first = await RecordStep(label + "1");
            var second = await RecordStep(label + "2");
            Output("keys", new[] { first.Key, second.Key });
            Log($"recorded {first.Outcome}");
            """);

        var run = await _engine.RunAsync("sequence", new JsonObject { ["label"] = "a" });

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(["a1", "a2"], _engine.Probe.Labels);
        Assert.Equal($"{run.Id}:L3.1:1", _engine.Probe.Executions.First().Key);
    }

    [Fact]
    public async Task Script_WaitsOnDelay_ResumesByReplayWithoutRepeatingTheRecordedCall()
    {
        await PublishAsync("""
            // id: waits
            await RecordStep("before");
            await Delay(TimeSpan.FromMinutes(5));
            await RecordStep("after");
            """);

        var run = await _engine.RunAsync("waits");
        Assert.Equal(RunStatus.Suspended, run.Status);
        Assert.Equal(["before"], _engine.Probe.Labels);

        await _engine.AdvanceAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(RunStatus.Completed, (await _engine.GetAsync(run.Id)).Status);
        Assert.Equal(["before", "after"], _engine.Probe.Labels);
    }

    [Fact]
    public async Task ParallelBranches_InterleaveAndReplayInTheOrderTheyRan()
    {
        await PublishAsync("""
            // id: branches
            var labels = await Task.WhenAll(new[] { "a", "b", "c" }.Select((name, i) => Branch(name, i)));
            Output("labels", labels);

            async Task<string> Branch(string name, int i)
            {
                await RecordStep(name + "1");
                await Delay(TimeSpan.FromMinutes(1 + i));
                await RecordStep(name + "2");
                return name;
            }
            """);

        var run = await _engine.RunAsync("branches");
        Assert.Equal(["a1", "b1", "c1"], _engine.Probe.Labels);
        for (var i = 0; i < 3; i++)
        {
            await _engine.AdvanceAsync(TimeSpan.FromMinutes(1));
        }

        var done = await _engine.GetAsync(run.Id);
        Assert.Equal(RunStatus.Completed, done.Status);
        Assert.Equal(["a1", "b1", "c1", "a2", "b2", "c2"], _engine.Probe.Labels);
        Assert.Equal("[\"a\",\"b\",\"c\"]", done.Variables["labels"]!.ToJsonString());
    }

    [Fact]
    public async Task Ask_RaisesAQuestion_TheAnswerComesBackToTheScript()
    {
        await PublishAsync("""
            // id: asks
            var answer = await Ask("Patch vc01 now?", ["yes", "no"], timeout: TimeSpan.FromHours(4), defaultAnswer: "no");
            await RecordStep("answered " + answer.Answer + " by " + answer.AnsweredBy);
            """);

        var run = await _engine.RunAsync("asks");
        var question = Assert.Single(await _engine.Engine.ListQuestionsAsync(run.Id));
        Assert.Equal("Patch vc01 now?", question.Text);
        Assert.Equal($"{run.Id}:L2.1", question.QuestionId);

        await _engine.Engine.AnswerQuestionAsync(question.QuestionId, "yes", "alice");
        await _engine.IdleAsync();

        Assert.Equal(RunStatus.Completed, (await _engine.GetAsync(run.Id)).Status);
        Assert.Equal(["answered yes by alice"], _engine.Probe.Labels);
    }

    [Fact]
    public async Task WaitForEvent_ResumesWithThePayload_WhileAnotherBranchWaitsOnATimer()
    {
        await PublishAsync("""
            // id: events
            var timer = Delay(TimeSpan.FromHours(1));
            var change = await WaitForEvent("change.approved", "CHG-7");
            await RecordStep("approved " + change.Payload["by"]);
            await timer;
            await RecordStep("after the hour");
            """);

        var run = await _engine.RunAsync("events");
        Assert.Equal(RunStatus.Suspended, run.Status);
        var delivery = await _engine.Engine.RaiseEventAsync("change.approved", "CHG-7", new JsonObject { ["by"] = "bob" });
        await _engine.IdleAsync();
        Assert.Equal(1, delivery.Delivered);
        Assert.Equal(["approved bob"], _engine.Probe.Labels);
        Assert.Equal(RunStatus.Suspended, (await _engine.GetAsync(run.Id)).Status);

        await _engine.AdvanceAsync(TimeSpan.FromHours(1));

        Assert.Equal(RunStatus.Completed, (await _engine.GetAsync(run.Id)).Status);
        Assert.Equal(["approved bob", "after the hour"], _engine.Probe.Labels);
    }

    [Fact]
    public async Task CallPolicy_RetriesATransientFailureOnADurableTimer_WithTheNextAttemptsKey()
    {
        await PublishAsync("""
            // id: retries
            await Flaky(policy: new() { Attempts = 3, RetryDelay = TimeSpan.FromSeconds(30) });
            await RecordStep("after");
            """);
        _engine.Probe.FailuresLeft["L2.1"] = 2;

        var run = await _engine.RunAsync("retries");
        Assert.Equal(RunStatus.Suspended, run.Status);
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(1));
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(RunStatus.Completed, (await _engine.GetAsync(run.Id)).Status);
        Assert.Equal([$"{run.Id}:L2.1:1", $"{run.Id}:L2.1:2", $"{run.Id}:L2.1:3"], _engine.Probe.Executions.Where(e => e.Label.StartsWith("flaky", StringComparison.Ordinal)).Select(e => e.Key));
    }

    [Fact]
    public async Task FailedCall_TheScriptCatchesIt_OrTheRunFaultsNamingTheLine()
    {
        await PublishAsync("""
            // id: failures
            try
            {
                await Flaky(permanent: true);
            }
            catch (ActivityFailedException e)
            {
                await RecordStep("caught " + e.Activity + " at " + e.Line);
            }

            await Flaky(permanent: true);
            """);
        _engine.Probe.FailuresLeft["L4.1"] = 1;
        _engine.Probe.FailuresLeft["L11.3"] = 1;

        var run = await _engine.RunAsync("failures");

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Equal(["flaky#1", "caught Flaky at 4", "flaky#1"], _engine.Probe.Labels);
        Assert.Contains("failed at line 11", run.Error, StringComparison.Ordinal);
        Assert.Contains("permanent failure", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExceptionInTheScript_FaultsTheRunNamingTheLine()
    {
        await PublishAsync("""
            // id: throws
            await RecordStep("one");
            var items = new List<int>();

            var first = items[3];
            """);

        var run = await _engine.RunAsync("throws");

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Contains("runbooks/test.csx failed at line 5", run.Error, StringComparison.Ordinal);
        Assert.Contains("out of range", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndlessLoop_StopsAtItsBudget_EvenWhenTheScriptCatchesEverything()
    {
        await PublishAsync("""
            // id: spins
            var n = 0;
            while (true)
            {
                try { while (true) { n++; } }
                catch { n = 0; }
            }
            """);

        var run = await _engine.RunAsync("spins");

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Contains("budget", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NowNewGuidAndRandom_ComeFromTheRun_SameValuesOnReplay()
    {
        await PublishAsync("""
            // id: determinism
            var before = $"{Now:O} {NewGuid()} {Random.Next(1000000)}";
            await RecordStep(before);
            await Delay(TimeSpan.FromMinutes(10));
            var again = $"{Now:O}";
            Output("before", before);
            Output("after", again);
            """);

        var run = await _engine.RunAsync("determinism");
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(10));

        var done = await _engine.GetAsync(run.Id);
        Assert.Equal(RunStatus.Completed, done.Status);
        Assert.Equal(_engine.Probe.Labels.Single(), (string)done.Variables["before"]!);
        Assert.StartsWith("2026-01-01T00:00:00", (string)done.Variables["before"]!, StringComparison.Ordinal);
        Assert.StartsWith("2026-01-01T00:10:00", (string)done.Variables["after"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonDeterministicEdit_MovedOntoAWaitingRun_FaultsNamingTheLineAndBothCalls()
    {
        await PublishAsync("""
            // id: edited
            await RecordStep("backup");
            await Delay(TimeSpan.FromHours(1));
            await RecordStep("install");
            """);
        var run = await _engine.RunAsync("edited");
        var edited = await PublishAsync("""
            // id: edited
            await Flaky();
            await Delay(TimeSpan.FromHours(1));
            await RecordStep("install");
            """);

        await _engine.Engine.UpgradeRunAsync(run.Id, edited.Version);
        await _engine.AdvanceAsync(TimeSpan.FromHours(1));

        var faulted = await _engine.GetAsync(run.Id);
        Assert.Equal(RunStatus.Faulted, faulted.Status);
        Assert.Contains("non-deterministic change", faulted.Error, StringComparison.Ordinal);
        Assert.Contains("at line 2 the script now calls Flaky", faulted.Error, StringComparison.Ordinal);
        Assert.Contains("call 1 (RecordStep at line 2)", faulted.Error, StringComparison.Ordinal);
        Assert.Equal(["backup"], _engine.Probe.Labels);
    }

    [Fact]
    public async Task CompatibleEdit_MovedOntoAWaitingRun_GoesOnWithTheNewCode()
    {
        await PublishAsync("""
            // id: fixed
            await RecordStep("backup");
            await Delay(TimeSpan.FromHours(1));
            await RecordStep("instal");
            """);
        var run = await _engine.RunAsync("fixed");
        var fix = await PublishAsync("""
            // id: fixed
            await RecordStep("backup");
            await Delay(TimeSpan.FromHours(1));
            await RecordStep("install");
            """);

        await _engine.Engine.UpgradeRunAsync(run.Id, fix.Version);
        await _engine.AdvanceAsync(TimeSpan.FromHours(1));

        Assert.Equal(RunStatus.Completed, (await _engine.GetAsync(run.Id)).Status);
        Assert.Equal(["backup", "install"], _engine.Probe.Labels);
    }

    [Fact]
    public async Task EngineRestart_MidWait_ResumesByReplay_TheRecordedCallDoesNotRunAgain()
    {
        await PublishAsync("""
            // id: restarts
            await RecordStep("before");
            await Delay(TimeSpan.FromMinutes(5));
            await RecordStep("after");
            """);
        var run = await _engine.RunAsync("restarts");
        var time = _engine.Time;
        await _engine.DisposeAsync();

        _engine = await TestEngine.StartAsync(_storage, time);
        var probe = _engine.Probe;
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(RunStatus.Completed, (await _engine.GetAsync(run.Id)).Status);
        Assert.Equal(["after"], probe.Labels);
    }

    [Fact]
    public async Task CancellingAScriptRun_CancelsTheChildRunsItsCallsWaitOn()
    {
        await PublishAsync("""
            // id: child
            await Delay(TimeSpan.FromHours(1));
            await RecordStep("child done");
            """, "runbooks/child.csx");
        await PublishAsync("""
            // id: parent
            await Task.WhenAll(RunRunbook("child"), RunRunbook("child"));
            await RecordStep("parent done");
            """, "runbooks/parent.csx");
        var parent = await _engine.RunAsync("parent");
        var children = await _engine.Engine.ListRunsAsync(new RunQuery { DefinitionId = "child" });
        Assert.Equal(2, children.Count);
        Assert.All(children, c => Assert.Equal(RunStatus.Suspended, c.Status));

        await _engine.Engine.CancelAsync(parent.Id);
        await _engine.IdleAsync();

        Assert.Equal(RunStatus.Cancelled, (await _engine.GetAsync(parent.Id)).Status);
        Assert.All(await _engine.Engine.ListRunsAsync(new RunQuery { DefinitionId = "child" }), c => Assert.Equal(RunStatus.Cancelled, c.Status));
        await _engine.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Empty(_engine.Probe.Labels);
    }
}

using System.Text.Json.Nodes;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Runs;

public abstract class FlowScenarios : ScenarioBase
{
    [EngineFact]
    public async Task StartRun_LinearRunbookWithExpressions_CompletesWithVariablesJournalAndKey()
    {
        await Host.PublishAsync(Def.New("linear").Input("n", "int", 2).Var("doubled", "int")
            .Act("set", "SetVariable", new { Name = "doubled", Value = Def.Expr("Inputs.n * 2") })
            .Act("log", "Log", new { Message = Def.Expr("$\"doubled is {Variables.doubled}\"") })
            .Act("rec", "RecordStep", new { Label = Def.Expr("RunId") })
            .Act("end", "End")
            .Chain("start", "set", "log", "rec", "end").Build());

        var run = await Host.RunAsync("linear", new JsonObject { ["n"] = 21 });

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(42, run.Variables["doubled"]!.GetValue<int>());
        var journal = await Engine.GetJournalAsync(run.Id);
        Assert.Contains(journal, j => j.Kind == "log" && j.ActivityId == "log" && j.Message == "doubled is 42");
        var execution = Assert.Single(Probe.Executions);
        Assert.Equal(run.Id, execution.Label);
        Assert.Equal($"{run.Id}:rec:1", execution.Key);
        Assert.Equal(execution.Key, run.Outputs["rec"]["Key"]!.GetValue<string>());
    }

    [EngineFact]
    public async Task StartRun_CompletedRun_WritesRunEventsToOutboxInOrder()
    {
        await Host.PublishAsync(Def.New("events").Act("rec", "RecordStep").Chain("start", "rec").Build());

        var run = await Host.RunAsync("events");

        var events = await OutboxAsync(run.Id);
        Assert.IsType<RunStarted>(events[0]);
        Assert.IsType<RunCompleted>(events[^1]);
        Assert.Equal(["start", "rec"], events.OfType<ActivityCompleted>().Select(e => e.ActivityId));
        var raw = (await Host.Outbox.ReadAsync(0, 1)).Single();
        Assert.Equal(("RunStarted", run.Id), (raw.Type, raw.RunId));
        Assert.Contains($"\"runId\":\"{run.Id}\"", raw.Payload, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task AddNote_OnAWaitingAndAFinishedRun_JournaledInSeqOrder_RunUnaffected()
    {
        await Host.PublishAsync(Def.New("noted").Act("wait", "Delay", new { Duration = "00:01:00" }).Act("rec", "RecordStep", new { Label = "after" }).Chain("start", "wait", "rec").Build());
        var run = await Host.RunAsync("noted");
        var before = await Engine.GetJournalAsync(run.Id);

        var waiting = await Engine.AddNoteAsync(run.Id, "write-back", "Jira ticket OPS-1 could not be written", new JsonObject { ["ticket"] = "OPS-1" });
        await Host.AdvanceAsync(TimeSpan.FromMinutes(1));
        var ended = await Engine.AddNoteAsync(run.Id, "write-back", "and again at the end");
        var journal = await Engine.GetJournalAsync(run.Id);

        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(run.Id)).Status);
        Assert.Equal(["after"], Probe.Labels);
        Assert.Equal(before.Max(j => j.Seq) + 1, waiting.Seq);
        var notes = journal.Where(j => j.Kind == "note").ToList();
        Assert.Equal(["Jira ticket OPS-1 could not be written", "and again at the end"], notes.Select(n => n.Message));
        Assert.Equal(("write-back", "OPS-1"), (notes[0].Data!["source"]!.GetValue<string>(), notes[0].Data!["ticket"]!.GetValue<string>()));
        Assert.True(journal.Where(j => j.Kind != "note").Any(j => j.Seq > waiting.Seq), "the run's later lines come after the note");
        Assert.Equal(journal.Max(j => j.Seq), ended.Seq);
        Assert.Equal(journal.Select(j => j.Seq).Distinct().Count(), journal.Count);
        await Assert.ThrowsAsync<EngineNotFoundException>(() => Engine.AddNoteAsync("no-such-run", "write-back", "x"));
    }

    [EngineFact]
    public async Task Publish_SameVersionWithOtherContent_IsRejectedAndRunsStayPinned()
    {
        var v1 = Def.New("pinned").Act("wait", "Delay", new { Duration = "00:01:00" }).Act("rec", "RecordStep", new { Label = "v1" }).Chain("start", "wait", "rec").Build();
        var published = await Host.PublishAsync(v1);
        var first = await Host.RunAsync("pinned");
        var v2 = await Host.PublishAsync(Def.New("pinned").Act("rec", "RecordStep", new { Label = "v2" }).Chain("start", "rec").Build());

        await Assert.ThrowsAsync<RunbookValidationException>(() => Engine.PublishAsync(v1 with { Version = 1, Name = "changed" }));
        Assert.Equal(1, (await Engine.PublishAsync(v1 with { Version = 1 })).Version);
        await Host.AdvanceAsync(TimeSpan.FromMinutes(1));
        var second = await Host.RunAsync("pinned");

        Assert.Equal((1, 2), (published.Version, v2.Version));
        Assert.Equal(1, (await Host.GetAsync(first.Id)).Version);
        Assert.Equal(2, second.Version);
        Assert.Equal(["v1", "v2"], Probe.Labels.Order());
    }

    [EngineFact]
    public async Task Retract_NewRunsRefused_RunInFlightFinishesPinned_PublishAgainLiftsIt()
    {
        var source = new DefinitionSource("runbooks/retired.json", "0123456789abcdef0123456789abcdef01234567", "Alice <alice@example.com>");
        await Engine.PublishAsync(Def.New("retired").Act("wait", "Delay", new { Duration = "00:01:00" }).Act("rec", "RecordStep", new { Label = "v1" }).Chain("start", "wait", "rec").Build(), source);
        var inFlight = await Host.RunAsync("retired");

        Assert.True(await Engine.RetractAsync("retired", "its file was removed"));
        var refused = await Assert.ThrowsAsync<RunbookRetractedException>(() => Engine.StartRunAsync("retired", version: 1));
        Assert.Contains("Runbook 'retired' is retracted (its file was removed)", refused.Message, StringComparison.Ordinal);
        var listed = Assert.Single(await Engine.ListDefinitionsAsync(), d => d.Id == "retired");
        Assert.Equal((source, "its file was removed"), (listed.Source, listed.Retracted));
        Assert.False(await Engine.RetractAsync("never-published", "no such runbook"));

        await Host.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(inFlight.Id)).Status);
        Assert.Equal(["v1"], Probe.Labels);

        await Engine.PublishAsync(Def.New("retired").Act("rec", "RecordStep", new { Label = "v2" }).Chain("start", "rec").Build());
        Assert.Equal(2, (await Host.RunAsync("retired")).Version);
    }

    [EngineFact]
    public async Task StartRun_SameIdempotencyKey_ReturnsTheFirstRun()
    {
        await Host.PublishAsync(Def.New("once").Act("rec", "RecordStep").Chain("start", "rec").Build());

        var a = await Engine.StartRunAsync("once", idempotencyKey: "ticket-42");
        var b = await Engine.StartRunAsync("once", idempotencyKey: "ticket-42");
        await Host.IdleAsync();

        Assert.Equal(a.Id, b.Id);
        Assert.Single(Probe.Executions);
    }

    [EngineFact]
    public async Task StartRun_KeyOfAnotherRunbooksRun_IsAConflictNamingThatRun()
    {
        await Host.PublishAsync(Def.New("once").Act("rec", "RecordStep").Chain("start", "rec").Build());
        await Host.PublishAsync(Def.New("other").Act("rec", "RecordStep").Chain("start", "rec").Build());
        var first = await Engine.StartRunAsync("once", idempotencyKey: "ticket-42");

        var conflict = await Assert.ThrowsAsync<EngineConflictException>(() => Engine.StartRunAsync("other", idempotencyKey: "ticket-42"));
        await Host.IdleAsync();

        Assert.Contains("'ticket-42'", conflict.Message, StringComparison.Ordinal);
        Assert.Contains(first.Id, conflict.Message, StringComparison.Ordinal);
        Assert.Contains("'once'", conflict.Message, StringComparison.Ordinal);
        Assert.Single(await Engine.ListRunsAsync());
        Assert.Single(Probe.Executions);
    }

    [EngineFact]
    public async Task StartRun_ConcurrentCallsWithOneKey_StartOneRun()
    {
        await Host.PublishAsync(Def.New("once").Act("rec", "RecordStep").Chain("start", "rec").Build());

        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Engine.StartRunAsync("once", idempotencyKey: "webhook-7")));
        await Host.IdleAsync();

        Assert.Single(runs.Select(r => r.Id).Distinct());
        Assert.Single(await Engine.ListRunsAsync());
        Assert.Single(Probe.Executions);
    }

    [EngineFact]
    public async Task StartRun_BadInputs_ThrowNamingEachProblem()
    {
        await Host.PublishAsync(Def.New("typed").Input("count", "int", required: true).Build());

        var wrong = await Assert.ThrowsAsync<EngineArgumentException>(() => Engine.StartRunAsync("typed", new JsonObject { ["count"] = "many", ["extra"] = 1 }));
        var missing = await Assert.ThrowsAsync<EngineArgumentException>(() => Engine.StartRunAsync("typed"));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => Engine.StartRunAsync("nope"));

        Assert.Contains("input 'count'", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("unknown input 'extra'", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("missing required input 'count'", missing.Message, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task IfAndSwitch_Branch_OnEvaluatedValues()
    {
        await Host.PublishAsync(Def.New("branch").Input("n", "int").Input("colour", "string")
            .Act("if", "If", new { Condition = Def.Expr("Inputs.n > 10") })
            .Act("big", "RecordStep", new { Label = "big" }).Act("small", "RecordStep", new { Label = "small" })
            .Act("sw", "Switch", new { Value = Def.Expr("Inputs.colour"), Cases = new[] { "red", "green" } })
            .Act("red", "RecordStep", new { Label = "red" }).Act("other", "RecordStep", new { Label = "other" })
            .Chain("start", "if").Link("if", "big", "True").Link("if", "small", "False")
            .Link("big", "sw").Link("small", "sw").Link("sw", "red", "red").Link("sw", "other", "Default").Build());

        await Host.RunAsync("branch", new JsonObject { ["n"] = 11, ["colour"] = "red" });
        await Host.RunAsync("branch", new JsonObject { ["n"] = 3, ["colour"] = "blue" });

        Assert.Equal(["big", "red", "small", "other"], Probe.Labels);
    }

    [EngineFact]
    public async Task ForkJoinAll_WaitsForEveryBranchBeforeContinuing()
    {
        await Host.PublishAsync(Def.New("fork")
            .Act("fork", "Fork").Act("a", "RecordStep", new { Label = "a" })
            .Act("wait", "Delay", new { Duration = "00:01:00" }).Act("b", "RecordStep", new { Label = "b" })
            .Act("join", "Join", with: a => a with { Join = JoinMode.All }).Act("after", "RecordStep", new { Label = "joined" })
            .Chain("start", "fork").Link("fork", "a").Link("fork", "wait").Chain("wait", "b")
            .Link("a", "join").Link("b", "join").Chain("join", "after").Build());

        var run = await Host.RunAsync("fork");
        Assert.Equal(RunStatus.Suspended, run.Status);
        Assert.Equal(["a"], Probe.Labels);

        await Host.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(run.Id)).Status);
        Assert.Equal(["a", "b", "joined"], Probe.Labels);
    }

    [EngineFact]
    public async Task ForEach_Sequential_VisitsItemsInOrderThenDone()
    {
        await Host.PublishAsync(Def.New("loop")
            .Act("each", "ForEach", new { Items = new[] { "x", "y", "z" } })
            .Act("body", "RecordStep", new { Label = Def.Expr("$\"{Index}:{Item.GetValue<string>()}\"") })
            .Act("done", "RecordStep", new { Label = "done" })
            .Chain("start", "each").Link("each", "body", "Iterate").Link("body", "each").Link("each", "done").Build());

        var run = await Host.RunAsync("loop");

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(["0:x", "1:y", "2:z", "done"], Probe.Labels);
        Assert.Equal(3, Probe.Executions.Where(e => e.Activity == "body").Select(e => e.Key).Distinct().Count());
    }

    [EngineFact]
    public async Task ForEach_Parallel_KeepsAtMostTheMaximumInProgress()
    {
        await Host.PublishAsync(Def.New("fan")
            .Act("each", "ForEach", new { Items = new[] { 1, 2, 3, 4, 5 }, Parallelism = 2 })
            .Act("body", "ConcurrentWait").Act("done", "RecordStep", new { Label = "done" })
            .Chain("start", "each").Link("each", "body", "Iterate").Link("body", "each").Link("each", "done").Build());

        var run = await Host.RunAsync("fan");
        for (var i = 0; i < 3; i++)
        {
            await Host.AdvanceAsync(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(run.Id)).Status);
        Assert.Equal(2, Probe.MaxConcurrent);
        Assert.Equal(5, Probe.Labels.Count(l => l.StartsWith("wait:", StringComparison.Ordinal)));
    }

    [EngineFact]
    public async Task RunRunbook_ChildCompletes_ParentReadsItsVariables()
    {
        await Host.PublishAsync(Def.New("child").Input("who", "string").Var("result", "string")
            .Act("set", "SetVariable", new { Name = "result", Value = Def.Expr("\"child got \" + Inputs.who") }).Chain("start", "set").Build());
        await Host.PublishAsync(Def.New("parent").Var("got", "string")
            .Act("child", "RunRunbook", new { DefinitionId = "child", Inputs = new { who = "parent" } })
            .Act("set", "SetVariable", new { Name = "got", Value = Def.Expr("Output(\"child\", \"Outputs\")[\"result\"].GetValue<string>()") })
            .Chain("start", "child", "set").Build());

        var run = await Host.RunAsync("parent");

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal("child got parent", run.Variables["got"]!.GetValue<string>());
        var child = Assert.Single(await Engine.ListRunsAsync(new RunQuery { DefinitionId = "child" }));
        Assert.Equal(run.Id, child.ParentRunId);
        Assert.Equal(RunStatus.Completed, child.Status);
    }

    [EngineFact]
    public async Task OutputOfT_EarlierActivityOutput_ReadsTypedAndNamesAMismatch()
    {
        await Host.PublishAsync(Def.New("typed-output").Var("key", "string").Var("length", "int")
            .Act("rec", "RecordStep", new { Label = "first" })
            .Act("set", "SetVariable", new { Name = "key", Value = Def.Expr("Output<string>(\"rec\", \"Key\")") })
            .Act("len", "SetVariable", new { Name = "length", Value = Def.Expr("Output<string>(\"rec\", \"Key\").Length") })
            .Chain("start", "rec", "set", "len").Build());
        await Host.PublishAsync(Def.New("typed-output-wrong").Var("n", "int")
            .Act("rec", "RecordStep", new { Label = "first" })
            .Act("set", "SetVariable", new { Name = "n", Value = Def.Expr("Output<int>(\"rec\", \"Key\")") })
            .Chain("start", "rec", "set").Build());

        var run = await Host.RunAsync("typed-output");
        var wrong = await Host.RunAsync("typed-output-wrong");

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal($"{run.Id}:rec:1", run.Variables["key"]!.GetValue<string>());
        Assert.Equal($"{run.Id}:rec:1".Length, run.Variables["length"]!.GetValue<int>());
        Assert.Equal(RunStatus.Faulted, wrong.Status);
        Assert.Contains("'rec.Key' cannot be read as Int32", wrong.Error, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task End_StopsEveryOtherBranch()
    {
        await Host.PublishAsync(Def.New("end").Act("fork", "Fork").Act("slow", "Delay", new { Duration = "01:00:00" }).Act("end", "End")
            .Chain("start", "fork").Link("fork", "slow").Link("fork", "end").Build());

        var run = await Host.RunAsync("end");

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Empty(run.Waiting);
    }
}

using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.CodeGuard;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Tests.Infrastructure;
using VCRunbooks.Engine.Tests.Runs;

namespace VCRunbooks.Engine.Tests.CodeGuard;

/// <summary>
/// Author code that passes the allowlist but would spin, recurse or allocate without end: its run faults within
/// its budget, naming the expression, while the engine's two workers stay free for every other run.
/// </summary>
public sealed class CodeBudgetScenarios : ScenarioBase
{
    private const string Spin = "Enumerable.Range(0, int.MaxValue).SelectMany(i => Enumerable.Range(0, int.MaxValue)).Any(i => i < 0)";

    protected override Task<EngineStorage> CreateStorageAsync() => Task.FromResult(EngineStorage.Sqlite());

    private async Task PublishConditionAsync(string id, string condition) =>
        await Host.PublishAsync(Def.New(id).Input("n", "int", 0).Act("check", "If", new { Condition = Def.Expr(condition) }).Act("rec", "RecordStep", new { Label = id })
            .Chain("start", "check").Link("check", "rec", "True").Link("check", "rec", "False").Build());

    [Fact]
    public async Task Run_TwoExpressionsThatSpinForever_FaultOnTheTimeBudgetWhileAnotherRunCompletes()
    {
        await PublishConditionAsync("spin", Spin);
        await PublishConditionAsync("normal", "Inputs.n == 0");

        var spinning = new[] { await Engine.StartRunAsync("spin"), await Engine.StartRunAsync("spin") };
        var normal = await Engine.StartRunAsync("normal");
        await Host.IdleAsync();

        foreach (var run in spinning)
        {
            var details = await Host.GetAsync(run.Id);
            Assert.Equal(RunStatus.Faulted, details.Status);
            Assert.Contains("The expression at $.activities[1].inputs.Condition ran past its time budget of 100 ms", details.Error, StringComparison.Ordinal);
        }

        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(normal.Id)).Status);
        Assert.Equal(["normal"], Probe.Labels);
    }

    [Theory]
    [InlineData("Enumerable.Range(0, 40).Aggregate(\"x\", (s, i) => s + s).Length > 0", "allocated more than its memory budget of 64 MB")]
    [InlineData("new string('x', 500_000_000).Length > 0", "asked for 500,000,000 items, more than its memory budget of 64 MB allows")]
    [InlineData("new long[Inputs.n + 400_000_000].Length > 0", "asked for 400,000,000 items")]
    [InlineData("Enumerable.Repeat(\"abc\", int.MaxValue).ToList().Count > 0", "allocated more than its memory budget")]
    [InlineData("Inputs.n.ToString(\"D999999999\").Length > 0", "with a number above 1000")]
    public async Task Run_ExpressionThatAllocatesWithoutEnd_FaultsOnTheMemoryBudget(string condition, string error)
    {
        // A generous time budget, so that memory is what stops these.
        await RestartWithAsync(o => o.CodeLimits = new CodeLimits { Time = TimeSpan.FromMinutes(5) });
        await PublishConditionAsync("hungry", condition);

        var run = await Host.RunAsync("hungry");

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Contains(error, run.Error, StringComparison.Ordinal);
        Assert.Empty(Probe.Executions);
    }

    [Fact]
    public async Task Run_ExpressionThatRecursesWithoutEnd_FaultsBeforeTheStackOverflows()
    {
        // Only the depth limit may stop it: on a loaded machine the 100 ms time budget could trip first.
        await RestartWithAsync(o => o.CodeLimits = new CodeLimits { Time = TimeSpan.FromHours(1) });
        // The self-application of an untyped lambda: the one way to recurse in a single expression.
        const string omega = "((Func<object, object>)(f => ((Func<object, object>)f)(f)))((Func<object, object>)(f => ((Func<object, object>)f)(f))) == null";
        await PublishConditionAsync("omega", omega);
        await PublishConditionAsync("normal", "true");

        var run = await Host.RunAsync("omega");
        var after = await Host.RunAsync("normal");

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Contains("recursed too deep", run.Error, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Completed, after.Status);
    }

    [Fact]
    public async Task Cancel_RunEvaluatingASpinningExpression_StopsItAndFreesTheWorker()
    {
        await RestartWithAsync(o =>
        {
            o.Workers = 1;
            o.CodeLimits = new CodeLimits { Time = TimeSpan.FromHours(1) };
        });
        await Host.PublishAsync(Def.New("spin").Act("first", "RecordStep", new { Label = "first" }).Act("check", "If", new { Condition = Def.Expr(Spin) })
            .Chain("start", "first", "check").Build());
        await PublishConditionAsync("normal", "true");

        var spinning = await Engine.StartRunAsync("spin");
        await Probe.StepRecorded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var queued = await Engine.StartRunAsync("normal");
        Assert.True(await Engine.CancelAsync(spinning.Id));
        await Host.IdleAsync();

        Assert.Equal(RunStatus.Cancelled, (await Host.GetAsync(spinning.Id)).Status);
        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(queued.Id)).Status);
    }

    [Fact]
    public async Task Run_EveryShippedRunbookPattern_StillEvaluatesUnderTheGuard()
    {
        await Host.PublishAsync(Def.New("everyday").Input("names", "string[]", new System.Text.Json.Nodes.JsonArray("vcsa-01", "vcsa-02", "esx"))
            .Var("picked", "string")
            .Act("set", "SetVariable", new { Name = "picked", Value = Def.Expr("string.Join(\",\", Inputs.names.Where(n => n.StartsWith(\"vcsa\")).Select(n => n.ToUpperInvariant()))") })
            .Act("rec", "RecordStep", new { Label = Def.Expr("$\"{Variables.picked}|{Output(\"set\", \"Name\")?.ToJsonString() ?? \"-\"}\"") })
            .Chain("start", "set", "rec").Build());

        var run = await Host.RunAsync("everyday");

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(["VCSA-01,VCSA-02|-"], Probe.Labels);
    }
}

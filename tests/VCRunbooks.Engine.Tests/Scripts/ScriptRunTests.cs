using System.Text.Json.Nodes;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Scripts;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Scripts;

public sealed class ScriptRunTests : IAsyncLifetime
{
    private readonly EngineStorage storage = EngineStorage.Sqlite();
    private TestEngine engine = null!;

    public async Task InitializeAsync() => engine = await TestEngine.StartAsync(storage);

    public async Task DisposeAsync()
    {
        await engine.DisposeAsync();
        await storage.DisposeAsync();
    }

    private async Task<RunbookDefinition> PublishAsync(string code, string file = "runbooks/test.csx") =>
        await engine.PublishAsync(ScriptRunbook.Parse(file, code));

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

        var run = await engine.RunAsync("sequence", new JsonObject { ["label"] = "a" });

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(["a1", "a2"], engine.Probe.Labels);
        Assert.Equal($"{run.Id}:L3.1:1", engine.Probe.Executions.First().Key);
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

        var run = await engine.RunAsync("waits");
        Assert.Equal(RunStatus.Suspended, run.Status);
        Assert.Equal(["before"], engine.Probe.Labels);

        await engine.AdvanceAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(RunStatus.Completed, (await engine.GetAsync(run.Id)).Status);
        Assert.Equal(["before", "after"], engine.Probe.Labels);
    }
}

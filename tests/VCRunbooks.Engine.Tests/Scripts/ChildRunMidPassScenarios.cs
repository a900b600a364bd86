using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Scripts;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Scripts;

/// <summary>
/// A script waiting on several child runs writes its waits anew each time it resumes on one of them; a child that
/// ends in the middle of that pass must still wake it (it once waited forever, with every child completed).
/// </summary>
public abstract class ChildRunMidPassScenarios : IAsyncLifetime
{
    private readonly EndedRuns ended = new(2);
    private EngineStorage storage = null!;
    private TestEngine engine = null!;

    protected abstract Task<EngineStorage> CreateStorageAsync();

    public async Task InitializeAsync()
    {
        storage = await CreateStorageAsync();
        engine = await TestEngine.StartAsync(storage, services: s => s.AddSingleton<IRunEventObserver>(ended));
    }

    public async Task DisposeAsync()
    {
        await engine.DisposeAsync();
        await storage.DisposeAsync();
    }

    [EngineFact]
    public async Task ChildRunEndingWhileTheParentIsMidPass_IsNotLost_TheParentResumesOnIt()
    {
        await engine.PublishAsync(ScriptRunbook.Parse("runbooks/child.csx", """
            // id: child
            var minutes = Input<int>("minutes", "How long to wait.");
            await Delay(TimeSpan.FromMinutes(minutes));
            """));
        await engine.PublishAsync(ScriptRunbook.Parse("runbooks/parent.csx", """
            // id: parent
            var first = RunRunbook("child", inputs: new JsonObject { ["minutes"] = 1 });
            var second = RunRunbook("child", inputs: new JsonObject { ["minutes"] = 2 });
            await first;
            await Gate();
            await second;
            await RecordStep("parent done");
            """));
        var parent = await engine.RunAsync("parent");

        // The first child ends; the parent resumes on it and holds its pass in the Gate, its wait on the second
        // child taken up to be written anew. The second child ends right then, before the parent commits.
        engine.Time.Advance(TimeSpan.FromMinutes(1));
        await engine.Poller.TickAsync(CancellationToken.None);
        await engine.Probe.GateReached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        engine.Time.Advance(TimeSpan.FromMinutes(1));
        await engine.Poller.TickAsync(CancellationToken.None);
        await ended.All.Task.WaitAsync(TimeSpan.FromSeconds(30));
        engine.Probe.GateOpen.SetResult();
        await engine.IdleAsync();

        var run = await engine.GetAsync(parent.Id);
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(["parent done"], engine.Probe.Labels);
    }

    /// <summary>Completes once the given number of runs completed (seen as they commit).</summary>
    private sealed class EndedRuns(int count) : IRunEventObserver
    {
        private int seen;

        public TaskCompletionSource All { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OnCommitted(IReadOnlyList<CommittedEvent> events)
        {
            if (Interlocked.Add(ref seen, events.Count(e => e.Type == "RunCompleted")) >= count)
            {
                All.TrySetResult();
            }
        }
    }
}

public sealed class SqliteChildRunMidPassScenarios : ChildRunMidPassScenarios
{
    protected override Task<EngineStorage> CreateStorageAsync() => Task.FromResult(EngineStorage.Sqlite());
}

[RequiresPostgres]
public sealed class PostgresChildRunMidPassScenarios : ChildRunMidPassScenarios
{
    protected override Task<EngineStorage> CreateStorageAsync() => EngineStorage.PostgresAsync();
}

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
    private readonly EndedRuns _ended = new(2);
    private EngineStorage _storage = null!;
    private TestEngine _engine = null!;

    protected abstract Task<EngineStorage> CreateStorageAsync();

    public async Task InitializeAsync()
    {
        _storage = await CreateStorageAsync();
        _engine = await TestEngine.StartAsync(_storage, services: s => s.AddSingleton<IRunEventObserver>(_ended));
    }

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [EngineFact]
    public async Task ChildRunEndingWhileTheParentIsMidPass_IsNotLost_TheParentResumesOnIt()
    {
        await _engine.PublishAsync(ScriptRunbook.Parse("runbooks/child.csx", """
            // id: child
            var minutes = Input<int>("minutes", "How long to wait.");
            await Delay(TimeSpan.FromMinutes(minutes));
            """));
        await _engine.PublishAsync(ScriptRunbook.Parse("runbooks/parent.csx", """
            // id: parent
            var first = RunRunbook("child", inputs: new JsonObject { ["minutes"] = 1 });
            var second = RunRunbook("child", inputs: new JsonObject { ["minutes"] = 2 });
            await first;
            await Gate();
            await second;
            await RecordStep("parent done");
            """));
        var parent = await _engine.RunAsync("parent");

        // The first child ends; the parent resumes on it and holds its pass in the Gate, its wait on the second
        // child taken up to be written anew. The second child ends right then, before the parent commits.
        _engine.Time.Advance(TimeSpan.FromMinutes(1));
        await _engine.Poller.TickAsync(CancellationToken.None);
        await _engine.Probe.GateReached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _engine.Time.Advance(TimeSpan.FromMinutes(1));
        await _engine.Poller.TickAsync(CancellationToken.None);
        await _ended.All.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _engine.Probe.GateOpen.SetResult();
        await _engine.IdleAsync();

        var run = await _engine.GetAsync(parent.Id);
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(["parent done"], _engine.Probe.Labels);
    }

    /// <summary>Completes once the given number of runs completed (seen as they commit).</summary>
    private sealed class EndedRuns(int count) : IRunEventObserver
    {
        private int _seen;

        public TaskCompletionSource All { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OnCommitted(IReadOnlyList<CommittedEvent> events)
        {
            if (Interlocked.Add(ref _seen, events.Count(e => e.Type == "RunCompleted")) >= count)
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

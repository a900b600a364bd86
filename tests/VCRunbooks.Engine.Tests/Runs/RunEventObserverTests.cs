using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Runs;

/// <summary>Hosts see each commit's events in-process, right after the commit, in the outbox's order.</summary>
public sealed class RunEventObserverTests
{
    [Fact]
    public async Task OnCommitted_FaultedRunRetried_SeesEveryOutboxEventOnceInOrderAfterItsCommit()
    {
        await using var storage = EngineStorage.Sqlite();
        var observer = new RecordingObserver();
        await using var host = await TestEngine.StartAsync(storage, services: s => s.AddSingleton<IRunEventObserver>(sp =>
        {
            observer.Outbox = sp.GetRequiredService<IOutboxReader>();
            return observer;
        }));
        host.Probe.FailuresLeft["f"] = 1;
        await host.PublishAsync(Def.New("resume").Act("f", "Flaky", new { Permanent = true }).Act("c", "Log", new { Message = "c" }).Chain("start", "f", "c").Build());

        var run = await host.RunAsync("resume");
        Assert.Equal(RunStatus.Faulted, run.Status);
        await host.Engine.RetryAsync(run.Id);
        await host.IdleAsync();

        var outbox = (await host.Outbox.ReadAsync(0, 1000)).Where(o => o.RunId == run.Id).Select(o => (o.Type, o.Payload)).ToList();
        var seen = observer.Seen.Where(e => e.RunId == run.Id).Select(e => (e.Type, e.Payload)).ToList();
        Assert.Equal(outbox, seen);
        // The start, the fault, the retry and the end each come through their own commit path.
        Assert.Equal(["RunStarted", "RunFaulted", "RunResumed", "RunCompleted"], seen.Select(e => e.Type).Where(t => t.StartsWith("Run", StringComparison.Ordinal)));
        Assert.Empty(observer.SeenBeforeCommit);
    }

    [Fact]
    public async Task OnCommitted_ObserverThrows_RunCompletesAndItsEventsStayInTheOutbox()
    {
        await using var storage = EngineStorage.Sqlite();
        await using var host = await TestEngine.StartAsync(storage, services: s => s.AddSingleton<IRunEventObserver, ThrowingObserver>());
        await host.PublishAsync(Def.New("hello").Act("log", "Log", new { Message = "hi" }).Chain("start", "log").Build());

        var run = await host.RunAsync("hello");

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Contains(await host.Outbox.ReadAsync(0, 1000), o => o.RunId == run.Id && o.Type == "RunCompleted");
    }

    private sealed class RecordingObserver : IRunEventObserver
    {
        public IOutboxReader? Outbox { get; set; }
        public ConcurrentQueue<CommittedEvent> Seen { get; } = new();
        public ConcurrentQueue<CommittedEvent> SeenBeforeCommit { get; } = new();

        public void OnCommitted(IReadOnlyList<CommittedEvent> events)
        {
            // Blocking is fine in a test observer: it checks the rows are already readable by anyone else.
            var committed = Outbox!.ReadAsync(0, 10_000).GetAwaiter().GetResult().Select(o => (o.RunId, o.Type, o.Payload)).ToHashSet();
            foreach (var e in events)
            {
                Seen.Enqueue(e);
                if (!committed.Contains((e.RunId, e.Type, e.Payload)))
                {
                    SeenBeforeCommit.Enqueue(e);
                }
            }
        }
    }

    private sealed class ThrowingObserver : IRunEventObserver
    {
        public void OnCommitted(IReadOnlyList<CommittedEvent> events) => throw new InvalidOperationException("observer broke");
    }
}

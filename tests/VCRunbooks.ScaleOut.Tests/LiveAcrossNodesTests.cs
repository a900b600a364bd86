using System.Collections.Concurrent;
using System.Globalization;
using MassTransit;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.ScaleOut.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VCRunbooks.ScaleOut.Tests;

/// <summary>A live stream on either node shows every run, whichever node executes it, each run's events in order.</summary>
public sealed class LiveAcrossNodesTests(ITestOutputHelper output)
{
    private const int Runs = 6;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [ScaleOutFact]
    public async Task AllRunsStream_RunsExecutedOnEitherNode_ShowsEveryRunsEventsInOrderThroughRunCompleted()
    {
        await using var cluster = await ScaleOutCluster.CreateAsync(ScaleOutRunbooks.Probes);
        var a = await cluster.StartNodeAsync("node-a", workers: 2);
        var b = await cluster.StartNodeAsync("node-b", workers: 2);
        using var cancel = new CancellationTokenSource(Deadline);
        using var stream = await SseClient.OpenAsync(a, "api/events", cancel.Token);
        Assert.Equal("connected", (await stream.ReadAsync(cancel.Token))?.Type);
        // Only to split the measured latency: when the relay's RunCompleted reached a bus consumer of the test's own.
        var onBus = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(ScaleOutFactAttribute.RabbitMq!));
            rabbit.ReceiveEndpoint(new TemporaryEndpointDefinition("latency"), KebabCaseEndpointNameFormatter.Instance,
                e => e.Handler<RunCompleted>(c => Task.FromResult(onBus.TryAdd(c.Message.RunId, DateTimeOffset.UtcNow))));
        });
        await bus.StartAsync(cancel.Token);

        var runIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Runs; i++)
        {
            runIds.Add(await ScaleOutCluster.StartRunAsync(i % 2 == 0 ? a : b, "probes", $"live-{i}"));
        }

        var events = new List<SseEvent>();
        var completed = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            while (completed.Count < Runs && await stream.ReadAsync(cancel.Token) is { } e)
            {
                events.Add(e);
                if (e.Type == "RunCompleted")
                {
                    completed.Add(e.RunId!);
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"node-a's stream showed {completed.Count} of {Runs} runs complete within {Deadline}.{Environment.NewLine}{Describe(events)}{Environment.NewLine}{cluster.NodeOutput}");
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }

        Assert.Equal(runIds, completed);
        foreach (var run in events.GroupBy(e => e.RunId!))
        {
            Assert.Equal<string>(ProbesRunEvents, run.Select(Name));
            var at = run.Select(e => DateTimeOffset.Parse(e.Json["at"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(at.Order(), at);
        }

        // The point of the stream: node-b executed some of these runs (or passes of them), and node-a showed them.
        var ledger = await cluster.ProbeLedgerAsync();
        Assert.Contains(ledger, p => p.Node == "node-b");
        Assert.Contains(ledger, p => p.Node == "node-a");

        var stamped = events.Where(e => e.Type == "RunCompleted")
            .Select(e => (e.RunId!, At: DateTimeOffset.Parse(e.Json["at"]!.GetValue<string>(), CultureInfo.InvariantCulture), e.ReceivedAt)).ToList();
        output.WriteLine($"RunCompleted after the engine stamped it: on the bus {Summary(stamped.Where(s => onBus.ContainsKey(s.Item1)).Select(s => onBus[s.Item1] - s.At))}, " +
            $"on node-a's stream {Summary(stamped.Select(s => s.ReceivedAt - s.At))}");
    }

    [ScaleOutFact]
    public async Task RunStream_OnTheNodeNotExecutingTheRun_FollowsItToRunCompleted()
    {
        await using var cluster = await ScaleOutCluster.CreateAsync(ScaleOutRunbooks.Gated);
        var a = await cluster.StartNodeAsync("node-a", workers: 2);
        var b = await cluster.StartNodeAsync("node-b", workers: 2);
        var runId = await ScaleOutCluster.StartRunAsync(a, "gated", "live-gated");
        var inGate = await ScaleOutCluster.WaitUntilAsync(
            async () => await cluster.ScalarAsync($"SELECT count(*) FROM probe_ledger WHERE activity_id = 'gate' AND run_id = '{runId}'") == 1,
            Deadline);
        Assert.True(inGate, $"The run never reached the gate.{Environment.NewLine}{cluster.NodeOutput}");
        var executing = (await cluster.ProbeLedgerAsync()).Single(p => p.ActivityId == "gate").Node;
        var watcher = executing == "node-a" ? b : a;

        using var cancel = new CancellationTokenSource(Deadline);
        using var stream = await SseClient.OpenAsync(watcher, $"api/runs/{runId}/events", cancel.Token);
        Assert.Equal("state", (await stream.ReadAsync(cancel.Token))?.Type);
        await cluster.ExecuteAsync("INSERT INTO gate (open) VALUES (true)");

        var events = await ReadToEndAsync(stream, cluster, $"{watcher.Name}'s stream of the run on {executing}", cancel.Token);

        var runEvents = events.Where(e => e.Type is not ("state" or "journal")).Select(Name).ToList();
        // The gate's ActivityStarted was committed before the stream opened, but the bus may deliver it just after
        // the stream's snapshot (which already shows the step running): a stream may repeat what its snapshot shows.
        if (runEvents is ["ActivityStarted gate", ..])
        {
            runEvents.RemoveAt(0);
        }
        Assert.Equal(["ActivityCompleted gate", "ActivityStarted after", "ActivityCompleted after", "ActivityStarted end", "ActivityCompleted end", "RunCompleted"], runEvents);
        Assert.Equal("state", events[^1].Type);
        Assert.Equal("Completed", events[^1].Json["status"]?.GetValue<string>());
    }

    [ScaleOutFact]
    public async Task RunStream_RunMovesToTheWatchingNodeAfterAKill_FollowsItToRunCompleted()
    {
        const int runs = 4;
        await using var cluster = await ScaleOutCluster.CreateAsync(ScaleOutRunbooks.Gated);
        var a = await cluster.StartNodeAsync("node-a", workers: runs);
        var b = await cluster.StartNodeAsync("node-b", workers: runs);
        for (var i = 0; i < runs; i++)
        {
            await ScaleOutCluster.StartRunAsync(i % 2 == 0 ? a : b, "gated", $"live-moved-{i}");
        }
        var inGate = await ScaleOutCluster.WaitUntilAsync(
            async () => await cluster.ScalarAsync("SELECT count(DISTINCT run_id) FROM probe_ledger WHERE activity_id = 'gate'") == runs,
            Deadline);
        Assert.True(inGate, $"Not every run reached the gate.{Environment.NewLine}{cluster.NodeOutput}");
        var onA = (await cluster.ProbeLedgerAsync()).FirstOrDefault(p => p.ActivityId == "gate" && p.Node == "node-a");
        Assert.True(onA is not null, "node-a holds none of the runs in the gate.");

        using var cancel = new CancellationTokenSource(Deadline);
        using var stream = await SseClient.OpenAsync(b, $"api/runs/{onA.RunId}/events", cancel.Token);
        Assert.Equal("state", (await stream.ReadAsync(cancel.Token))?.Type);
        await a.KillAsync();
        await cluster.ExecuteAsync("INSERT INTO gate (open) VALUES (true)");

        var events = await ReadToEndAsync(stream, cluster, "node-b's stream of the run moved from node-a", cancel.Token);

        // node-b executes the gate step again (node-a died inside it), then the rest of the run.
        var runEvents = events.Where(e => e.Type is not ("state" or "journal")).Select(Name).ToList();
        Assert.Equal(["ActivityCompleted gate", "ActivityStarted after", "ActivityCompleted after", "ActivityStarted end", "ActivityCompleted end", "RunCompleted"], runEvents.TakeLast(6));
        Assert.Contains("ActivityStarted gate", runEvents);
        Assert.Equal("Completed", events[^1].Json["status"]?.GetValue<string>());
        Assert.Contains(await cluster.ProbeLedgerAsync(), p => p.RunId == onA.RunId && p.ActivityId == "after" && p.Node == "node-b");
    }

    /// <summary>What node-a's stream shows of one run of the probes runbook, in order.</summary>
    private static readonly string[] ProbesRunEvents =
    [
        "RunStarted", "ActivityStarted start", "ActivityCompleted start", "ActivityStarted first", "ActivityCompleted first",
        "ActivityStarted pause", "RunSuspended", "RunResumed", "ActivityCompleted pause", "ActivityStarted second",
        "ActivityCompleted second", "ActivityStarted end", "ActivityCompleted end", "RunCompleted",
    ];

    private static string Summary(IEnumerable<TimeSpan> lags)
    {
        var ms = lags.Select(l => l.TotalMilliseconds).Order().ToList();
        return ms.Count == 0 ? "n/a" : $"median {ms[ms.Count / 2]:F0} ms, max {ms[^1]:F0} ms ({ms.Count} runs)";
    }

    private static string Name(SseEvent e) => e.ActivityId is { } activity ? $"{e.Type} {activity}" : e.Type;

    /// <summary>Every event until the server ends the stream (a run stream ends after its run finished).</summary>
    private static async Task<List<SseEvent>> ReadToEndAsync(SseClient stream, ScaleOutCluster cluster, string what, CancellationToken cancellationToken)
    {
        var events = new List<SseEvent>();
        try
        {
            while (await stream.ReadAsync(cancellationToken) is { } e)
            {
                events.Add(e);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{what} did not end within {Deadline}.{Environment.NewLine}{Describe(events)}{Environment.NewLine}{cluster.NodeOutput}");
        }

        return events;
    }

    private static string Describe(IEnumerable<SseEvent> events) =>
        string.Join(Environment.NewLine, events.Select(e => $"{e.Type}: {e.Data}"));
}

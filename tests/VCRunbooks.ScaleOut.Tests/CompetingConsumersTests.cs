using Xunit.Abstractions;
using MassTransit;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.ScaleOut.Tests.Infrastructure;

namespace VCRunbooks.ScaleOut.Tests;

/// <summary>
/// Two server processes on one PostgreSQL and one RabbitMQ share the runs, each run on one node at a time. With the
/// lease switched off this test saw about 150 probe executions for the 80 steps, many of them overlapping.
/// </summary>
public sealed class CompetingConsumersTests(ITestOutputHelper output)
{
    private const int Runs = 40;

    [ScaleOutFact]
    public async Task TwoNodes_RunsWithDuplicateDispatches_EveryRunCompletesAndNeverExecutesOnTwoNodesAtOnce()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var cluster = await ScaleOutCluster.CreateAsync(ScaleOutRunbooks.Probes);
        var a = await cluster.StartNodeAsync("node-a", workers: 16);
        var b = await cluster.StartNodeAsync("node-b", workers: 16);
        output.WriteLine($"two nodes ready after {clock.Elapsed.TotalSeconds:F1} s");
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(ScaleOutFactAttribute.RabbitMq!)));
        await bus.StartAsync();
        try
        {
            var queue = await bus.GetSendEndpoint(new Uri($"queue:{cluster.DispatchQueue}"));
            // All at once, half through each node's API.
            await Task.WhenAll(Enumerable.Range(0, Runs).Select(async i =>
            {
                var runId = await ScaleOutCluster.StartRunAsync(i % 2 == 0 ? a : b, "probes", $"run-{i}");
                // Two more dispatches of the same run right behind the first, as a redelivery or a second poller would
                // send: both nodes receive the run at the same moment, and only the lease keeps them apart.
                await queue.Send(new ExecuteRun { RunId = runId });
                await queue.Send(new ExecuteRun { RunId = runId });
            }));
        }
        finally
        {
            await bus.StopAsync();
        }

        output.WriteLine($"{Runs} runs started (with {Runs * 2} duplicate dispatches) after {clock.Elapsed.TotalSeconds:F1} s");
        var counts = await cluster.WaitForRunsToFinishAsync(Runs, TimeSpan.FromSeconds(120));
        output.WriteLine($"all finished after {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(counts.GetValueOrDefault("Completed") == Runs,
            $"Run statuses: {string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}"))}{Environment.NewLine}{cluster.NodeOutput}");

        var ledger = await cluster.ProbeLedgerAsync();
        // Each probe executed exactly once: no pass ran beside another and had its commit rejected afterwards.
        var repeated = ledger.GroupBy(e => (e.RunId, e.ActivityId)).Where(g => g.Count() > 1).SelectMany(g => g).Take(10);
        Assert.True(ledger.Count == Runs * 2,
            $"{ledger.Count} probe executions for {Runs * 2} steps; repeated:{Environment.NewLine}{string.Join(Environment.NewLine, repeated)}");
        Assert.Equal(Runs * 2, await cluster.ScalarAsync("SELECT count(*) FROM effects"));
        Assert.Equal(0, await cluster.ScalarAsync("SELECT count(*) FROM effect_duplicates"));
        foreach (var run in ledger.GroupBy(e => e.RunId))
        {
            var executions = run.OrderBy(e => e.StartedAt).ToList();
            Assert.All(executions, e => Assert.NotNull(e.EndedAt));
            for (var i = 1; i < executions.Count; i++)
            {
                Assert.True(executions[i].StartedAt >= executions[i - 1].EndedAt,
                    $"Run {run.Key}: {executions[i - 1]} overlaps {executions[i]}");
            }
        }

        var byNode = ledger.GroupBy(e => e.Node).ToDictionary(g => g.Key, g => g.Select(e => e.RunId).Distinct().Count());
        Assert.True(byNode.GetValueOrDefault("node-a") > 0 && byNode.GetValueOrDefault("node-b") > 0,
            $"Both nodes should have executed runs: {string.Join(", ", byNode.Select(n => $"{n.Key}={n.Value}"))}");
    }
}

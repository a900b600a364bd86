using VCRunbooks.ScaleOut.Tests.Infrastructure;

namespace VCRunbooks.ScaleOut.Tests;

/// <summary>Killing a node mid-flight: the other node takes over its runs once their leases expire.</summary>
public sealed class NodeFailoverTests
{
    private const int Runs = 12;

    [ScaleOutFact]
    public async Task KillNode_WhileItsRunsAreInsideALongCall_SurvivorFinishesThemWithoutRepeatingCommittedSteps()
    {
        await using var cluster = await ScaleOutCluster.CreateAsync(ScaleOutRunbooks.Gated);
        var a = await cluster.StartNodeAsync("node-a", workers: Runs);
        var b = await cluster.StartNodeAsync("node-b", workers: Runs);
        for (var i = 0; i < Runs; i++)
        {
            await ScaleOutCluster.StartRunAsync(i % 2 == 0 ? a : b, "gated", $"gated-{i}");
        }

        // Every run is inside the gate call, each on one of the two nodes.
        var inGate = await ScaleOutCluster.WaitUntilAsync(
            async () => await cluster.ScalarAsync("SELECT count(DISTINCT run_id) FROM probe_ledger WHERE activity_id = 'gate'") == Runs,
            TimeSpan.FromSeconds(60));
        Assert.True(inGate, $"Not every run reached the gate.{Environment.NewLine}{cluster.NodeOutput}");
        var onA = (await cluster.QueryAsync("SELECT DISTINCT run_id FROM probe_ledger WHERE activity_id = 'gate' AND node = 'node-a'", r => r.GetString(0))).ToHashSet();
        Assert.True(onA.Count is > 0 and < Runs, $"Both nodes should hold runs in the gate; node-a holds {onA.Count} of {Runs}.");

        await a.KillAsync();
        var killedAt = (await cluster.QueryAsync("SELECT clock_timestamp()", r => r.GetFieldValue<DateTimeOffset>(0))).Single();
        await cluster.ExecuteAsync("INSERT INTO gate (open) VALUES (true)");

        var counts = await cluster.WaitForRunsToFinishAsync(Runs, TimeSpan.FromSeconds(60));
        Assert.True(counts.GetValueOrDefault("Completed") == Runs,
            $"Run statuses: {string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}"))}{Environment.NewLine}{cluster.NodeOutput}");

        var ledger = await cluster.ProbeLedgerAsync();
        // A step committed before the kill is not executed again; every side effect happened exactly once.
        Assert.All(ledger.GroupBy(e => (e.RunId, e.ActivityId)).Where(g => g.Key.ActivityId != "gate"), g => Assert.Single(g));
        Assert.Equal(Runs * 3, await cluster.ScalarAsync("SELECT count(*) FROM effects"));
        Assert.Equal(0, await cluster.ScalarAsync("SELECT count(*) FROM effect_duplicates"));
        foreach (var runId in onA)
        {
            var gate = ledger.Where(e => e.RunId == runId && e.ActivityId == "gate").ToList();
            // Killed inside the call on node-a, executed again on node-b — only after node-a was gone.
            Assert.Equal(2, gate.Count);
            Assert.Equal(("node-a", (DateTimeOffset?)null), (gate[0].Node, gate[0].EndedAt));
            Assert.Equal("node-b", gate[1].Node);
            Assert.True(gate[1].StartedAt > killedAt, $"Run {runId} re-entered the gate on node-b at {gate[1].StartedAt:O}, before node-a was killed at {killedAt:O}.");
            Assert.All(ledger.Where(e => e.RunId == runId && e.ActivityId == "after"), e => Assert.Equal("node-b", e.Node));
        }

        Assert.All(ledger.Where(e => e.Node == "node-a"), e => Assert.True(e.StartedAt < killedAt));
    }
}

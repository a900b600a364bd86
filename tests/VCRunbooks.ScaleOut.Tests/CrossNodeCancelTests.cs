using System.Net;
using VCRunbooks.ScaleOut.Tests.Infrastructure;

namespace VCRunbooks.ScaleOut.Tests;

/// <summary>A cancel request reaching one node stops a run whose step is executing on the other.</summary>
public sealed class CrossNodeCancelTests
{
    private const int Runs = 4;

    [ScaleOutFact]
    public async Task Cancel_ThroughTheOtherNode_InterruptsTheStepAndCancelsTheRun()
    {
        await using var cluster = await ScaleOutCluster.CreateAsync(ScaleOutRunbooks.Gated);
        var a = await cluster.StartNodeAsync("node-a", workers: Runs);
        var b = await cluster.StartNodeAsync("node-b", workers: Runs);
        for (var i = 0; i < Runs; i++)
        {
            await ScaleOutCluster.StartRunAsync(i % 2 == 0 ? a : b, "gated", $"cancel-{i}");
        }

        var inGate = await ScaleOutCluster.WaitUntilAsync(
            async () => await cluster.ScalarAsync("SELECT count(DISTINCT run_id) FROM probe_ledger WHERE activity_id = 'gate'") == Runs,
            TimeSpan.FromSeconds(60));
        Assert.True(inGate, $"Not every run reached the gate.{Environment.NewLine}{cluster.NodeOutput}");
        var gates = await cluster.ProbeLedgerAsync();
        var target = gates.First(e => e.ActivityId == "gate");
        var other = target.Node == "node-a" ? b : a;

        using (var client = ScaleOutCluster.Client(other))
        using (var response = await client.PostAsync($"api/runs/{target.RunId}/cancel", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        // The gate never opens: only an interrupted step lets the run end.
        var cancelled = await ScaleOutCluster.WaitUntilAsync(
            async () => (await cluster.QueryAsync($"SELECT status FROM runs WHERE id = '{target.RunId}'", r => r.GetString(0))).Single() == "Cancelled",
            TimeSpan.FromSeconds(30));
        Assert.True(cancelled, $"Run {target.RunId} (gate on {target.Node}) was not cancelled through {other.Name}.{Environment.NewLine}{cluster.NodeOutput}");
        Assert.Equal(0, await cluster.ScalarAsync($"SELECT count(*) FROM effects WHERE idempotency_key LIKE '{target.RunId}:gate%'"));
        Assert.Equal(Runs - 1, await cluster.ScalarAsync("SELECT count(*) FROM runs WHERE status = 'Running'"));
    }
}

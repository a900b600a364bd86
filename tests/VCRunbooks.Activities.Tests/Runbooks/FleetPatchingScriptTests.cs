using System.Text.Json.Nodes;
using VCRunbooks.Activities.Tests.Infrastructure;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Simulator.Appliances;

namespace VCRunbooks.Activities.Tests.Runbooks;

/// <summary>runbooks/fleet-patching.csx on the simulator: a canary, then waves, a failure budget, one summary.</summary>
public sealed class FleetPatchingScriptTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string From = "8.0.2.00100";
    private const string To = "8.0.2.00200";

    private List<Appliance> Fleet(RunbookHarness harness, string tag, int count, [System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        var fleet = Enumerable.Range(1, count).Select(i => sim.NewAppliance(new ApplianceSpec
        {
            Name = "x", Version = From, PendingUpdates = [To], SsoPassword = SimulatorFixture.Password, RootPassword = SimulatorFixture.Password,
        }, $"{caller}{i}")).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var appliance in fleet)
        {
            harness.Targets.Tags[harness.AddTarget(appliance)] = [tag];
        }

        return fleet;
    }

    private static JsonObject Inputs(string tag, int waveSize, int maxFailures) => new()
    {
        ["tag"] = tag,
        ["waveSize"] = waveSize,
        ["maxFailures"] = maxFailures,
        ["backupLocation"] = $"sftp://backup.sim.local/{Guid.NewGuid():N}",
        ["locationUser"] = "backup",
        ["locationPasswordSecret"] = "location",
        ["backupPasswordSecret"] = "archive",
        ["userData"] = new JsonArray("vmdir.password=sso"),
    };

    [Fact]
    public async Task FleetPatching_CanaryThenWaves_PatchesEveryTaggedTargetOnceWithOneSummary()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var tag = $"fleet-{Guid.NewGuid():N}";
        var fleet = Fleet(harness, tag, 5);
        var other = Fleet(harness, "elsewhere", 1);

        var runId = await harness.StartRunAsync("fleet-patching", Inputs(tag, waveSize: 2, maxFailures: 0));
        var run = await FinishAsync(harness, runId);

        Assert.True(run.Status == RunStatus.Completed, run.Error + "\n" + await harness.JournalTextAsync(runId));
        Assert.All(fleet, a =>
        {
            Assert.Equal(To, a.Version);
            Assert.Equal(1, a.Ledger.Count("backup.started"));
            Assert.Equal(1, a.Ledger.Count("update.stage.started"));
            Assert.Equal(1, a.Ledger.Count("update.install.started"));
        });
        Assert.Equal(From, other[0].Version);
        // The canary's run finished before any other target's run started; the next wave of two ran together.
        var children = (await harness.Engine.ListRunsAsync(new VCRunbooks.Engine.RunQuery { DefinitionId = "patching-script" }))
            .Where(c => c.ParentRunId == runId).OrderBy(c => c.CreatedAt).ThenBy(c => c.Target, StringComparer.OrdinalIgnoreCase).ToList();
        Assert.Equal(fleet.Select(a => a.Name), children.Select(c => c.Target));
        Assert.All(children.Skip(1), c => Assert.True(c.CreatedAt >= children[0].UpdatedAt, "a wave started before the canary finished"));
        Assert.True(children[2].CreatedAt < children[1].UpdatedAt, "the two targets of wave 2 should run at the same time");
        var summary = run.Variables["summary"]!.GetValue<string>();
        Assert.StartsWith("5 of 5 patched, 0 failed, 0 not started", summary, StringComparison.Ordinal);
        Assert.Contains("Wave 3 of 3", await harness.JournalTextAsync(runId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FleetPatching_MoreFailuresThanTolerated_StopsBeforeTheNextWave_SummaryNamesEveryTarget()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var tag = $"fleet-{Guid.NewGuid():N}";
        var fleet = Fleet(harness, tag, 5);
        fleet[1].Faults.FailNextInstallAtPercent = 40;

        var runId = await harness.StartRunAsync("fleet-patching", Inputs(tag, waveSize: 2, maxFailures: 0));
        var run = await FinishAsync(harness, runId);

        Assert.True(run.Status == RunStatus.Faulted, run.Error);
        Assert.True(run.Error!.Contains("Fleet rollout stopped: 2 of 5 patched, 1 failed, 2 not started", StringComparison.Ordinal), run.Error);
        Assert.Contains($"{fleet[1].Name} failed: ", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{fleet[4].Name} not started", run.Error, StringComparison.Ordinal);
        Assert.Equal([To, From, To, From, From], fleet.Select(a => a.Version));
        Assert.All(fleet.Skip(3), a => Assert.DoesNotContain(a.Ledger.Entries, e => e.Kind == "backup.started"));
    }

    /// <summary>Drives the clock until the fleet run ended (it waits on its child runs, which DriveAsync would take for a question).</summary>
    private static async Task<VCRunbooks.Engine.RunDetails> FinishAsync(RunbookHarness harness, string runId)
    {
        for (var i = 0; i < 3000; i++)
        {
            var run = (await harness.Engine.GetRunAsync(runId))!;
            if (run.Status is RunStatus.Completed or RunStatus.Faulted or RunStatus.Cancelled)
            {
                return run;
            }

            await harness.AdvanceAsync(TimeSpan.FromSeconds(30));
        }

        var last = (await harness.Engine.GetRunAsync(runId))!;
        var kids = await harness.Engine.ListRunsAsync(new VCRunbooks.Engine.RunQuery { DefinitionId = "patching-script" });
        throw new TimeoutException($"Fleet run {runId} did not finish: {last.Status}, waiting on "
            + string.Join(", ", last.Waiting.Select(w => $"{w.Name} due {w.DueAt}"))
            + "; children: " + string.Join(", ", kids.Where(k => k.ParentRunId == runId).Select(k => $"{k.Target} {k.Status}"))
            + "\n" + await harness.JournalTextAsync(runId));
    }
}

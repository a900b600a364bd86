using System.Text.Json.Nodes;
using VCRunbooks.Activities.Tests.Infrastructure;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Activities.Tests.Runbooks;

public sealed class RestoreRunbookTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private Appliance Fresh([System.Runtime.CompilerServices.CallerMemberName] string caller = "") =>
        sim.NewAppliance(new ApplianceSpec { Name = "x", State = ApplianceState.Initialized, SsoPassword = SimulatorFixture.Password, RootPassword = SimulatorFixture.Password }, caller + "-fresh");

    /// <summary>Backs up another appliance with the backup runbook and returns the archive's folder.</summary>
    private async Task<string> ArchiveAsync(RunbookHarness harness)
    {
        var source = sim.NewAppliance();
        var location = $"sftp://backup.sim.local/{Guid.NewGuid():N}";
        var run = await harness.DriveAsync(await harness.StartRunAsync("backup", new JsonObject
        {
            ["target"] = harness.AddTarget(source), ["location"] = location, ["locationUser"] = "backup",
            ["locationPasswordSecret"] = "location", ["backupPasswordSecret"] = "archive",
        }));
        Assert.Equal(RunStatus.Completed, run.Status);
        await using var client = harness.DirectClient(source);
        var spec = new LocationSpec { Location = location, LocationUser = "backup", LocationPassword = RunbookHarness.LocationPassword };
        var archive = (await client.Backup.Archives.ListAsync(source.Name, spec)).Single();
        return (await client.Backup.Archives.GetAsync(source.Name, archive.Archive, spec)).Location;
    }

    private static JsonObject Inputs(string target, string archive) => new()
    {
        ["target"] = target,
        ["archiveLocation"] = archive,
        ["locationUser"] = "backup",
        ["locationPasswordSecret"] = "location",
        ["backupPasswordSecret"] = "archive",
        ["ssoPasswordSecret"] = "sso",
    };

    [Fact]
    public async Task RestoreAndReconcile_HappyPath_RestoresOnceReconcilesAndIsHealthy()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var archive = await ArchiveAsync(harness);
        var fresh = Fresh();

        var runId = await harness.StartRunAsync("restore-and-reconcile", Inputs(harness.AddTarget(fresh), archive));
        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));

        Assert.True(run.Status == RunStatus.Completed, run.Error + "\n" + await harness.JournalTextAsync(runId));
        Assert.Equal(ApplianceState.Configured, fresh.State);
        Assert.Equal(1, fresh.Ledger.Count("restore.started"));
        Assert.Equal("Succeeded", run.Outputs["reconcileWait"]["State"]!.GetValue<string>());
    }

    [Fact]
    public async Task RestoreAndReconcile_503WindowDuringRestore_RidesItOutAndCompletes()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var archive = await ArchiveAsync(harness);
        var fresh = Fresh();
        var runId = await harness.StartRunAsync("restore-and-reconcile", Inputs(harness.AddTarget(fresh), archive));
        await harness.DriveUntilAsync(() => fresh.Ledger.Count("restore.started") == 1, TimeSpan.FromSeconds(5));

        fresh.Faults.UnavailableUntil = harness.Clock.GetUtcNow().AddMinutes(10);
        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));

        Assert.True(run.Status == RunStatus.Completed, run.Error + "\n" + await harness.JournalTextAsync(runId));
        Assert.Contains("not answering", await harness.JournalTextAsync(runId), StringComparison.Ordinal);
        Assert.Equal(1, fresh.Ledger.Count("restore.started"));
    }

    [Fact]
    public async Task RestoreAndReconcile_ArchiveOfNewerVersion_RefusesBeforeRestoring()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var archive = await ArchiveAsync(harness);
        var older = sim.NewAppliance(new ApplianceSpec { Name = "x", Version = "8.0.1.00000", State = ApplianceState.Initialized, SsoPassword = SimulatorFixture.Password, RootPassword = SimulatorFixture.Password });

        var run = await harness.DriveAsync(await harness.StartRunAsync("restore-and-reconcile", Inputs(harness.AddTarget(older), archive)));

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Equal("notApplicable", run.FaultedActivityId);
        Assert.Contains("cannot be restored here", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, older.Ledger.Count("restore.started"));
    }
}

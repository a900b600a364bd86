using System.Net;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Reconciliation;
using VCRunbooks.VCenter.Recovery.Restore;
using static VCRunbooks.Simulator.Tests.Recovery.RecoveryScenario;

namespace VCRunbooks.Simulator.Tests.Recovery;

/// <summary>The whole runbook: back up appliance A, restore the archive onto a fresh appliance B, reconcile B.</summary>
public sealed class RecoveryWalkTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string ReconcilePath = "/api/appliance/recovery/reconciliation/job";

    [Fact]
    public async Task BackupRestoreReconcile_AcrossTwoAppliances_LeavesBConfiguredAtAsVersion()
    {
        var (a, archive) = await BackedUpApplianceAsync(sim, "dr drill key=run-0001");
        using var source = a;
        using var b = FreshAppliance(sim, version: "8.0.2.00000");

        var validate = await AsRootAsync(b, HttpMethod.Post, "/api/appliance/recovery/restore?action=validate", Restore(archive));
        var metadata = validate.As<RestoreMetadata>();
        var created = await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, Restore(archive, ignoreWarnings: true));

        sim.Advance(TimeSpan.FromMinutes(1));
        var early = await RestoreStatusAsync(b);

        sim.Advance(TimeSpan.FromMinutes(3));
        var duringRestart = await RestoreStatusAsync(b);
        var otherOpDuringRestart = await b.GetAsync("/api/appliance/recovery/backup/job");

        sim.Advance(TimeSpan.FromMinutes(1.5));
        var refused = await Record.ExceptionAsync(() => AsRootAsync(b, HttpMethod.Get, RestoreJobPath));

        sim.Advance(TimeSpan.FromMinutes(1));
        var afterRefusal = await RestoreStatusAsync(b);

        sim.Advance(TimeSpan.FromMinutes(10));
        var done = await RestoreStatusAsync(b);
        await b.LoginAsync();
        var afterRestore = await b.GetAsync("/api/appliance/recovery");

        var reconcile = await AsRootAsync(b, HttpMethod.Post, ReconcilePath, Reconcile());
        sim.Advance(TimeSpan.FromMinutes(2));
        var reconciling = (await AsRootAsync(b, HttpMethod.Get, ReconcilePath)).As<ReconciliationInfo>();
        sim.Advance(TimeSpan.FromMinutes(4));
        var reconciled = (await AsRootAsync(b, HttpMethod.Get, ReconcilePath)).As<ReconciliationInfo>();

        Assert.Equal(HttpStatusCode.OK, validate.Status);
        Assert.True(metadata.Applicable);
        Assert.Equal(a.Appliance.Name, metadata.Boxname);
        Assert.Equal("8.0.2.00100", metadata.Version);
        Assert.Equal("dr drill key=run-0001", metadata.Comment);
        Assert.Contains(metadata.Messages, m => m.DefaultMessage.Contains("build", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(ProcessState.InProgress, created.As<RestoreJobStatus>().State);
        Assert.Equal(ProcessState.InProgress, early.State);
        Assert.InRange(early.Progress, 1, 20);
        Assert.Equal(ProcessState.InProgress, duringRestart.State);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, otherOpDuringRestart.Status);
        Assert.IsType<HttpRequestException>(refused);
        Assert.Equal(ProcessState.InProgress, afterRefusal.State);
        Assert.True(afterRefusal.Progress > duringRestart.Progress);
        Assert.Equal(ProcessState.Succeeded, done.State);
        Assert.Equal(100, done.Progress);
        Assert.Equal(HttpStatusCode.OK, afterRestore.Status);
        Assert.Equal(ApplianceState.Configured, b.Appliance.State);
        Assert.Equal(a.Appliance.Version, b.Appliance.Version);
        Assert.Equal(a.Appliance.Build, b.Appliance.Build);
        Assert.Equal(1, b.Appliance.Ledger.Count("restore.started"));
        Assert.Equal(archive.Location, b.Appliance.Ledger.Entries.Single(e => e.Kind == "restore.started").Subject);
        Assert.Equal(HttpStatusCode.Created, reconcile.Status);
        Assert.Equal(ReconciliationStatus.Running, reconciling.Status);
        Assert.InRange(reconciling.Progress, 1, 99);
        Assert.Equal(ReconciliationStatus.Succeeded, reconciled.Status);
        Assert.Equal(100, reconciled.Progress);
        Assert.Equal(1, b.Appliance.Ledger.Count("reconcile.started"));
    }
}

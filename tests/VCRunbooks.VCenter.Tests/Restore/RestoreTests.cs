using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Reconciliation;
using VCRunbooks.VCenter.Recovery.Restore;
using VCRunbooks.VCenter.Tests.Backup;
using VCRunbooks.VCenter.Tests.Infrastructure;

namespace VCRunbooks.VCenter.Tests.Restore;

public sealed class RestoreTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task StartAsync_OnFreshAppliance_RestoresThroughServiceRestarts(ApiFlavor flavor)
    {
        var request = await BackupSomewhereAsync();
        var fresh = Fresh();
        await using var client = Management(fresh, flavor);
        var reports = new ListProgress<RestoreJobStatus>();

        var metadata = await client.Restore.ValidateAsync(request);
        var started = await client.Restore.StartAsync(request);
        var done = await client.Restore.WaitAsync(BackupJobTests.EveryFifteenSeconds, reports);

        Assert.True(metadata.Applicable);
        Assert.Equal(ProcessState.InProgress, started.State);
        Assert.Equal(ProcessState.Succeeded, done.State);
        Assert.Equal(ApplianceState.Configured, fresh.State);
        Assert.Single(fresh.Ledger.Entries, e => e.Kind == "restore.started");
        Assert.True(reports.Items.Count > 3);
    }

    [Fact]
    public async Task WaitAsync_RestoreFailsLate_ThrowsWithFinalState()
    {
        var request = await BackupSomewhereAsync();
        var fresh = Fresh();
        fresh.Faults.FailNextRestoreAtPercent = 80;
        await using var client = Management(fresh);

        await client.Restore.StartAsync(request);
        var ex = await Assert.ThrowsAsync<VCenterOperationFailedException>(() => client.Restore.WaitAsync(BackupJobTests.EveryFifteenSeconds));

        Assert.Equal(ProcessState.Failed, Assert.IsType<RestoreJobStatus>(ex.FinalState).State);
    }

    [Fact]
    public async Task StartAsync_ConfiguredAppliance_ThrowsNotAllowedInCurrentState()
    {
        var request = await BackupSomewhereAsync();
        await using var client = Management(sim.NewAppliance());

        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Restore.StartAsync(request));

        Assert.Equal(ErrorType.NotAllowedInCurrentState, ex.ErrorType);
        Assert.False(ex.IsTransient);
    }

    [Fact]
    public async Task CancelAsync_EarlyInRestore_LeavesApplianceDeployed()
    {
        var request = await BackupSomewhereAsync();
        var fresh = Fresh();
        await using var client = Management(fresh);
        await client.Restore.StartAsync(request);

        var result = await client.Restore.CancelAsync();

        Assert.Equal(ReturnStatus.Ok, result.Status);
        Assert.Equal(ApplianceState.Initialized, fresh.State);
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task Reconciliation_AfterRestore_Succeeds(ApiFlavor flavor)
    {
        var fresh = await RestoredAsync();
        await using var client = Management(fresh, flavor);

        var started = await client.Reconciliation.StartAsync(Reconcile());
        var done = await client.Reconciliation.WaitAsync(BackupJobTests.EveryFifteenSeconds);

        Assert.Equal(ReconciliationStatus.Running, started.Status);
        Assert.Equal(ReconciliationStatus.Succeeded, done.Status);
        Assert.Single(fresh.Ledger.Entries, e => e.Kind == "reconcile.started");
    }

    [Fact]
    public async Task Reconciliation_PartnerUnreachableWithoutIgnoringWarnings_Fails()
    {
        var fresh = await RestoredAsync();
        fresh.Faults.PartnerUnreachableOnNextReconcile = true;
        await using var client = Management(fresh);

        await client.Reconciliation.StartAsync(Reconcile());
        var ex = await Assert.ThrowsAsync<VCenterOperationFailedException>(() => client.Reconciliation.WaitAsync(BackupJobTests.EveryFifteenSeconds));

        Assert.Contains(ex.Messages, m => m.Id.Contains("partner_unreachable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reconciliation_NotRestored_ThrowsPermanentError()
    {
        await using var client = Management(sim.NewAppliance());

        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Reconciliation.StartAsync(Reconcile()));

        Assert.Equal(ErrorType.InvalidArgument, ex.ErrorType);
        Assert.False(ex.IsTransient);
    }

    [Fact]
    public async Task Reconciliation_NameWithoutPassword_ThrowsNamingPassword()
    {
        await using var client = Management(sim.NewAppliance());

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Reconciliation.StartAsync(new ReconciliationSpec { SsoAdminUserName = "administrator@vsphere.local" }));

        Assert.Equal("spec.SsoAdminUserPassword", ex.ParamName);
    }

    [Fact]
    public async Task StartAsync_UnknownLocationType_ThrowsNamingIt()
    {
        await using var client = Management(Fresh());

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Restore.StartAsync(
            new RestoreRequest { LocationType = (LocationType)42, Location = "sftp://x/y" }));

        Assert.Equal("request.LocationType", ex.ParamName);
    }

    private static ReconciliationSpec Reconcile() =>
        new() { SsoAdminUserName = "administrator@vsphere.local", SsoAdminUserPassword = ClientFixture.Password };

    private async Task<Appliance> RestoredAsync([System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        var request = await BackupSomewhereAsync();
        var fresh = Fresh(caller);
        await using var client = Management(fresh);
        await client.Restore.StartAsync(request);
        await client.Restore.WaitAsync(BackupJobTests.EveryFifteenSeconds);
        return fresh;
    }

    private Appliance Fresh([System.Runtime.CompilerServices.CallerMemberName] string caller = "") =>
        sim.NewAppliance(new ApplianceSpec { Name = "x", State = ApplianceState.Initialized }, caller + "-fresh");

    private IVCenterClient Management(Appliance appliance, ApiFlavor flavor = ApiFlavor.Api) =>
        sim.Client(appliance, flavor, VCenterCredentials.LocalRoot(ClientFixture.Password));

    /// <summary>A finished backup of another appliance, and the request that restores it.</summary>
    private async Task<RestoreRequest> BackupSomewhereAsync()
    {
        var location = $"sftp://backup.sim.local/{Guid.NewGuid():N}";
        var appliance = sim.NewAppliance();
        await using var source = sim.Client(appliance);
        var job = await source.Backup.StartAsync(BackupJobTests.Request(location));
        await source.Backup.WaitForJobAsync(job.Id, BackupJobTests.EveryFifteenSeconds);
        var spec = new VCRunbooks.VCenter.Recovery.Backup.LocationSpec { Location = location, LocationUser = "backup", LocationPassword = "Loc!Pass1" };
        var archive = (await source.Backup.Archives.ListAsync(appliance.Name, spec)).Single();
        var info = await source.Backup.Archives.GetAsync(appliance.Name, archive.Archive, spec);
        return new RestoreRequest
        {
            LocationType = LocationType.Sftp, Location = info.Location, LocationUser = "backup", LocationPassword = "Loc!Pass1",
            BackupPassword = "Bkp!Pass12", SsoAdminUserName = "administrator@vsphere.local", SsoAdminUserPassword = ClientFixture.Password,
        };
    }
}

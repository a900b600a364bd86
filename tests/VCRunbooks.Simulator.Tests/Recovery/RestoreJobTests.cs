using System.Net;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Restore;
using static VCRunbooks.Simulator.Tests.Recovery.RecoveryScenario;

namespace VCRunbooks.Simulator.Tests.Recovery;

public sealed class RestoreJobTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task GetRestoreJob_BeforeAnyRestore_ReturnsStateNone()
    {
        using var b = FreshAppliance(sim);

        var status = await RestoreStatusAsync(b);

        Assert.Equal(ProcessState.None, status.State);
        Assert.Equal(0, status.Progress);
    }

    [Fact]
    public async Task CreateRestoreJob_OnConfiguredAppliance_Answers400NotAllowed()
    {
        var (a, archive) = await BackedUpApplianceAsync(sim);
        using var source = a;

        var response = await AsRootAsync(a, HttpMethod.Post, RestoreJobPath, Restore(archive, ignoreWarnings: true));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", response.ErrorType);
        Assert.Contains("only after deployment and before firstboot", response.Text, StringComparison.Ordinal);
        Assert.Equal(0, a.Appliance.Ledger.Count("restore.started"));
        Assert.Equal(ApplianceState.Configured, a.Appliance.State);
    }

    [Fact]
    public async Task CreateRestoreJob_WithWarningsNotIgnored_FailsAtPrechecksAndCanBeRetried()
    {
        var (a, archive) = await BackedUpApplianceAsync(sim);
        using var source = a;
        using var b = FreshAppliance(sim, version: "8.0.2.00000");

        var created = await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, Restore(archive));
        sim.Advance(TimeSpan.FromMinutes(1));
        var failed = await RestoreStatusAsync(b);
        var stateAfterFailure = b.Appliance.State;
        var retried = await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, Restore(archive, ignoreWarnings: true));
        sim.Advance(TimeSpan.FromMinutes(20));
        var succeeded = await RestoreStatusAsync(b);

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(ProcessState.Failed, failed.State);
        Assert.Contains(failed.Messages, m => m.DefaultMessage.Contains("build", StringComparison.Ordinal));
        Assert.Contains(failed.Messages, m => m.DefaultMessage.Contains("ignore_warnings", StringComparison.Ordinal));
        Assert.Equal(ApplianceState.Initialized, stateAfterFailure);
        Assert.Equal(HttpStatusCode.Created, retried.Status);
        Assert.Equal(ProcessState.Succeeded, succeeded.State);
        Assert.Contains(succeeded.Messages, m => m.DefaultMessage.Contains("build", StringComparison.Ordinal));
        Assert.Equal("8.0.2.00100", b.Appliance.Version);
        Assert.Equal(2, b.Appliance.Ledger.Count("restore.started"));
    }

    [Fact]
    public async Task CreateRestoreJob_SameBuildWithoutIgnoreWarnings_Succeeds()
    {
        var (a, archive) = await BackedUpApplianceAsync(sim);
        using var source = a;
        using var b = FreshAppliance(sim);

        var created = await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, Restore(archive));
        sim.Advance(TimeSpan.FromMinutes(16));
        var done = await RestoreStatusAsync(b);

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(ProcessState.Succeeded, done.State);
        Assert.Equal(ApplianceState.Configured, b.Appliance.State);
    }

    [Fact]
    public async Task RestoreValidate_OtherRelease_IsNotApplicableAndJobIsRefused()
    {
        var (a, archive) = await BackedUpApplianceAsync(sim);
        using var source = a;
        using var b = FreshAppliance(sim, version: "8.0.1.00000");

        var metadata = (await AsRootAsync(b, HttpMethod.Post, "/api/appliance/recovery/restore?action=validate", Restore(archive))).As<RestoreMetadata>();
        var created = await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, Restore(archive, ignoreWarnings: true));

        Assert.False(metadata.Applicable);
        Assert.Contains(metadata.Messages, m => m.DefaultMessage.Contains("8.0.1.00000", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, created.Status);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", created.ErrorType);
        Assert.Equal(ApplianceState.Initialized, b.Appliance.State);
    }

    [Fact]
    public async Task CreateRestoreJob_WithBadRequests_Answers400NamingTheField()
    {
        var (a, archive) = await BackedUpApplianceAsync(sim);
        using var source = a;
        using var b = FreshAppliance(sim);

        var unknownArchive = await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, Restore(archive) with { Location = archive.Location + "x" });
        var backupFolderOnly = await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, Restore(archive) with { Location = archive.Location.Split("/vCenter/")[0] });
        var wrongPassword = await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, Restore(archive) with { BackupPassword = "Wrong#2026" });
        var noSso = await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, Restore(archive) with { SsoAdminUserName = null });
        var wrongType = await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, Restore(archive) with { LocationType = LocationType.Nfs });
        var pathType = await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, new { location_type = "PATH", location = archive.Location });
        var validateUnknown = await AsRootAsync(b, HttpMethod.Post, "/api/appliance/recovery/restore?action=validate", Restore(archive) with { Location = "sftp://elsewhere/none" });

        Assert.Equal("location", ErrorField(unknownArchive));
        Assert.Equal("location", ErrorField(backupFolderOnly));
        Assert.Equal("backup_password", ErrorField(wrongPassword));
        Assert.Equal("sso_admin_user_name", ErrorField(noSso));
        Assert.Equal("location_type", ErrorField(wrongType));
        Assert.Equal("location_type", ErrorField(pathType));
        Assert.All(new[] { unknownArchive, wrongPassword, noSso, pathType }, r => Assert.Equal(HttpStatusCode.BadRequest, r.Status));
        Assert.Equal(HttpStatusCode.InternalServerError, validateUnknown.Status);
        Assert.Contains("location", validateUnknown.Text, StringComparison.Ordinal);
        Assert.Equal(0, b.Appliance.Ledger.Count("restore.started"));
        Assert.Equal(ProcessState.None, (await RestoreStatusAsync(b)).State);
    }

    [Fact]
    public async Task RestoreJob_WithFailureInjectedAt50Percent_FailsAndLeavesApplianceFailed()
    {
        var (a, archive) = await BackedUpApplianceAsync(sim);
        using var source = a;
        using var b = FreshAppliance(sim);
        b.Appliance.Faults.FailNextRestoreAtPercent = 50;

        await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, Restore(archive));
        sim.Advance(TimeSpan.FromMinutes(4));
        var midway = await RestoreStatusAsync(b);
        sim.Advance(TimeSpan.FromMinutes(12));
        var failed = await RestoreStatusAsync(b);
        var otherOp = await AsRootAsync(b, HttpMethod.Post, "/api/appliance/recovery/restore?action=validate", Restore(archive));

        Assert.Equal(ProcessState.InProgress, midway.State);
        Assert.Equal(ProcessState.Failed, failed.State);
        Assert.Equal(50, failed.Progress);
        Assert.Equal(ApplianceState.Failed, b.Appliance.State);
        Assert.False(b.Appliance.ServicesRestarting(sim.Host.Clock.GetUtcNow()));
        Assert.Equal(HttpStatusCode.OK, otherOp.Status);
        Assert.False(otherOp.As<RestoreMetadata>().Applicable);
        Assert.Null(b.Appliance.Faults.FailNextRestoreAtPercent);
    }

    [Fact]
    public async Task CancelRestoreJob_BeforeServicesRestart_CancelsButLaterRefuses()
    {
        var (a, archive) = await BackedUpApplianceAsync(sim);
        using var source = a;
        using var b = FreshAppliance(sim);

        var nothing = (await AsRootAsync(b, HttpMethod.Post, $"{RestoreJobPath}?action=cancel")).As<ReturnResult>();
        await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, Restore(archive));
        sim.Advance(TimeSpan.FromMinutes(1));
        var canceled = (await AsRootAsync(b, HttpMethod.Post, $"{RestoreJobPath}?action=cancel")).As<ReturnResult>();
        var afterCancel = await RestoreStatusAsync(b);
        var stateAfterCancel = b.Appliance.State;
        await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, Restore(archive));
        sim.Advance(TimeSpan.FromMinutes(4));
        var duringRestart = await AsRootAsync(b, HttpMethod.Post, $"{RestoreJobPath}?action=cancel");
        sim.Advance(TimeSpan.FromMinutes(8));
        var tooLate = await AsRootAsync(b, HttpMethod.Post, $"{RestoreJobPath}?action=cancel");

        Assert.Equal(ReturnStatus.Fail, nothing.Status);
        Assert.Equal(ReturnStatus.Ok, canceled.Status);
        Assert.Equal(ProcessState.Failed, afterCancel.State);
        Assert.Equal(ApplianceState.Initialized, stateAfterCancel);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, duringRestart.Status);
        Assert.Equal(ReturnStatus.Fail, tooLate.As<ReturnResult>().Status);
        Assert.Equal(ProcessState.InProgress, (await RestoreStatusAsync(b)).State);
    }

    [Fact]
    public async Task RestoreJob_WithWrongRootPassword_Answers401()
    {
        using var b = FreshAppliance(sim);

        var response = await b.SendAsync(HttpMethod.Get, RestoreJobPath, rootPassword: "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task RestRestore_ValidateCreateGetCancel_UseThePieceWrapper()
    {
        var (a, archive) = await BackedUpApplianceAsync(sim);
        using var source = a;
        using var b = FreshAppliance(sim);

        var validate = await AsRootAsync(b, HttpMethod.Post, "/rest/appliance/recovery/restore/validate", new { piece = Restore(archive) });
        var created = await AsRootAsync(b, HttpMethod.Post, "/rest/appliance/recovery/restore/job", new { piece = Restore(archive) });
        sim.Advance(TimeSpan.FromMinutes(1));
        var got = await AsRootAsync(b, HttpMethod.Get, "/rest/appliance/recovery/restore/job");
        var cancel = await AsRootAsync(b, HttpMethod.Post, "/rest/appliance/recovery/restore/job/cancel");

        Assert.True(RestValue<RestoreMetadata>(validate).Applicable);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(ProcessState.InProgress, RestValue<RestoreJobStatus>(created).State);
        Assert.Equal(ProcessState.InProgress, RestValue<RestoreJobStatus>(got).State);
        Assert.Equal(ReturnStatus.Ok, RestValue<ReturnResult>(cancel).Status);
    }
}

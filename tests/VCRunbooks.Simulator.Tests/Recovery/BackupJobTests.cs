using System.Net;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;
using static VCRunbooks.Simulator.Tests.Recovery.RecoveryScenario;

namespace VCRunbooks.Simulator.Tests.Recovery;

public sealed class BackupJobTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task CreateBackupJob_AsSimulatedTimePasses_ProgressesAndSucceeds()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var created = await vc.PostAsync(JobPath, Request(NewLocation()));
        var job = created.As<BackupJobStatus>();
        sim.Advance(TimeSpan.FromMinutes(2));
        var midway = (await vc.GetAsync($"{JobPath}/{job.Id}")).As<BackupJobStatus>();
        sim.Advance(TimeSpan.FromMinutes(10));
        var done = (await vc.GetAsync($"{JobPath}/{job.Id}")).As<BackupJobStatus>();

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(ProcessState.InProgress, job.State);
        Assert.Matches(@"^\d{8}-\d{6}-" + vc.Appliance.Build + "$", job.Id);
        Assert.Equal(ProcessState.InProgress, midway.State);
        Assert.InRange(midway.Progress, 10, 90);
        Assert.Equal(ProcessState.Succeeded, done.State);
        Assert.Equal(100, done.Progress);
        Assert.NotNull(done.EndTime);
        Assert.Equal(1, vc.Appliance.Ledger.Count("backup.started"));
        Assert.Equal(job.Id, vc.Appliance.Ledger.Entries.Single(e => e.Kind == "backup.started").Subject);
    }

    [Fact]
    public async Task CreateBackupJob_WithMoreParts_TakesLonger()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var small = (await vc.PostAsync(JobPath, Request(NewLocation(), "small", "common"))).As<BackupJobStatus>();
        sim.Advance(TimeSpan.FromMinutes(4));
        var smallDone = (await vc.GetAsync($"{JobPath}/{small.Id}")).As<BackupJobStatus>();
        var large = (await vc.PostAsync(JobPath, Request(NewLocation(), "large", "seat"))).As<BackupJobStatus>();
        sim.Advance(TimeSpan.FromMinutes(4));
        var largeAfterSameTime = (await vc.GetAsync($"{JobPath}/{large.Id}")).As<BackupJobStatus>();

        Assert.Equal(ProcessState.Succeeded, smallDone.State);
        Assert.Equal(ProcessState.InProgress, largeAfterSameTime.State);
    }

    [Fact]
    public async Task CreateBackupJob_WhileAnotherRuns_Answers400FeatureInUse()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        await vc.PostAsync(JobPath, Request(NewLocation()));

        var second = await vc.PostAsync(JobPath, Request(NewLocation()));
        var validate = await vc.PostAsync("/api/appliance/recovery/backup?action=validate", Request(NewLocation()));

        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("FEATURE_IN_USE", second.ErrorType);
        Assert.Equal("FEATURE_IN_USE", validate.ErrorType);
        Assert.Equal(1, vc.Appliance.Ledger.Count("backup.started"));
    }

    [Fact]
    public async Task CancelBackupJob_WhileRunning_FailsTheJobAndFreesTheAppliance()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var location = NewLocation();
        var job = (await vc.PostAsync(JobPath, Request(location))).As<BackupJobStatus>();
        sim.Advance(TimeSpan.FromMinutes(1));

        var cancel = await vc.PostAsync($"{JobPath}/{job.Id}?action=cancel");
        var after = (await vc.GetAsync($"{JobPath}/{job.Id}")).As<BackupJobStatus>();
        var again = (await vc.PostAsync($"{JobPath}/{job.Id}?action=cancel")).As<ReturnResult>();
        var next = await vc.PostAsync(JobPath, Request(NewLocation()));
        var archives = await vc.PostAsync("/api/appliance/recovery/backup/system-name?action=list", new LocationSpec { Location = location });

        Assert.Equal(HttpStatusCode.OK, cancel.Status);
        Assert.Equal(ReturnStatus.Ok, cancel.As<ReturnResult>().Status);
        Assert.Equal(ProcessState.Failed, after.State);
        Assert.Contains(after.Messages, m => m.DefaultMessage.Contains("canceled", StringComparison.Ordinal));
        Assert.Equal(ReturnStatus.Fail, again.Status);
        Assert.Equal(HttpStatusCode.Created, next.Status);
        Assert.Equal(HttpStatusCode.NotFound, archives.Status);
    }

    [Fact]
    public async Task CancelBackupJob_UnknownId_Answers404()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var cancel = await vc.PostAsync($"{JobPath}/20260105-080000-1?action=cancel");
        var get = await vc.GetAsync($"{JobPath}/20260105-080000-1");

        Assert.Equal(HttpStatusCode.NotFound, cancel.Status);
        Assert.Equal(HttpStatusCode.NotFound, get.Status);
    }

    [Fact]
    public async Task BackupJob_WithFailureInjectedAt40Percent_FailsThereAndWritesNoArchive()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        vc.Appliance.Faults.FailNextBackupAtPercent = 40;
        var location = NewLocation();

        var job = (await vc.PostAsync(JobPath, Request(location))).As<BackupJobStatus>();
        sim.Advance(TimeSpan.FromMinutes(2));
        var before = (await vc.GetAsync($"{JobPath}/{job.Id}")).As<BackupJobStatus>();
        sim.Advance(TimeSpan.FromMinutes(10));
        var failed = (await vc.GetAsync($"{JobPath}/{job.Id}")).As<BackupJobStatus>();
        var systems = await vc.PostAsync("/api/appliance/recovery/backup/system-name?action=list", new LocationSpec { Location = location });
        var retry = await RunBackupAsync(sim, vc, location);

        Assert.Equal(ProcessState.InProgress, before.State);
        Assert.True(before.Progress < 40);
        Assert.Equal(ProcessState.Failed, failed.State);
        Assert.Equal(40, failed.Progress);
        Assert.NotEmpty(failed.Messages);
        Assert.Equal(HttpStatusCode.NotFound, systems.Status);
        Assert.Equal(ProcessState.Succeeded, retry.State);
        Assert.Null(vc.Appliance.Faults.FailNextBackupAtPercent);
    }

    [Fact]
    public async Task ListAndDetails_AfterTwoJobs_DescribeEachJobAsATask()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var location = NewLocation();
        var first = await RunBackupAsync(sim, vc, location, "first");
        var second = (await vc.PostAsync(JobPath, Request(location, "second"))).As<BackupJobStatus>();
        sim.Advance(TimeSpan.FromMinutes(1));

        var ids = (await vc.GetAsync(JobPath)).As<List<string>>();
        var details = (await vc.GetAsync($"{JobPath}/details?jobs={first.Id}&jobs={second.Id}")).As<Dictionary<string, BackupJobDetails>>();
        var onlyFirst = (await vc.GetAsync($"{JobPath}/details?jobs={first.Id}")).As<Dictionary<string, BackupJobDetails>>();

        Assert.Equal([second.Id, first.Id], ids);
        Assert.Equal(VCenter.Common.TaskStatus.Succeeded, details[first.Id].Status);
        Assert.Equal(VCenter.Common.TaskStatus.Running, details[second.Id].Status);
        Assert.True(details[second.Id].Cancelable);
        Assert.Equal(BackupJobType.Manual, details[first.Id].Type);
        Assert.Equal(location, details[first.Id].Location);
        Assert.Equal("backup", details[first.Id].LocationUser);
        Assert.Equal(vc.Appliance.Build, details[first.Id].Build!.BuildNumber);
        Assert.True(details[first.Id].Size > 0);
        Assert.Equal("administrator@vsphere.local", details[first.Id].User, ignoreCase: true);
        Assert.Single(onlyFirst);
    }

    [Fact]
    public async Task Validate_LocationWithoutCredentials_WarnsButWithCredentialsIsOk()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var location = NewLocation();

        var anonymous = (await vc.PostAsync("/api/appliance/recovery/backup?action=validate",
            Request(location) with { LocationUser = null, LocationPassword = null })).As<ReturnResult>();
        var withCredentials = (await vc.PostAsync("/api/appliance/recovery/backup?action=validate", Request(location))).As<ReturnResult>();

        Assert.Equal(ReturnStatus.Warning, anonymous.Status);
        Assert.Contains(anonymous.Messages, m => m.DefaultMessage.Contains("credentials", StringComparison.Ordinal));
        Assert.Equal(ReturnStatus.Ok, withCredentials.Status);
        Assert.Equal(0, vc.Appliance.Ledger.Count("backup.started"));
    }

    [Fact]
    public async Task PartsAndRecovery_OnAnyAppliance_DescribeWhatCanBeBackedUp()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var recovery = (await vc.GetAsync("/api/appliance/recovery")).As<RecoveryInfo>();
        var parts = (await vc.GetAsync("/api/appliance/recovery/backup/parts")).As<List<BackupPart>>();
        var commonSize = (await vc.GetAsync("/api/appliance/recovery/backup/parts/common")).As<long>();
        sim.Advance(TimeSpan.FromDays(30));
        await vc.LoginAsync();
        var commonLater = (await vc.GetAsync("/api/appliance/recovery/backup/parts/common")).As<long>();
        var unknown = await vc.GetAsync("/api/appliance/recovery/backup/parts/nothing");

        Assert.True(recovery.Supported);
        Assert.Equal(["common", "seat", "supervisors"], parts.Select(p => p.Id));
        Assert.False(parts.Single(p => p.Id == "common").Optional);
        Assert.True(commonSize > 100);
        Assert.True(commonLater > commonSize);
        Assert.Equal(HttpStatusCode.InternalServerError, unknown.Status);
        Assert.Contains("nothing", unknown.Text, StringComparison.Ordinal);
    }
}

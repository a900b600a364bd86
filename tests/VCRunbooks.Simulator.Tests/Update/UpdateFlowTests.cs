using System.Net;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Update;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.Tests.Update;

public sealed class UpdateFlowTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    internal const string Target = "8.0.2.00200";
    internal static readonly object Answers = new UserDataRequest { UserData = new Dictionary<string, string> { ["vmdir.password"] = "VMware1!" } };

    internal static ApplianceSpec WithUpdate() => new() { Name = "unused", PendingUpdates = [Target] };

    [Fact]
    public async Task Update_CheckedPrecheckedStagedInstalled_RidesOutRestartAndEndsUpToDate()
    {
        using var vc = sim.NewAppliance(WithUpdate());
        await vc.LoginAsync();

        var initial = (await vc.GetAsync("/api/appliance/update")).As<UpdateInfo>();
        var pending = (await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE")).As<List<UpdateSummary>>();
        var afterCheck = (await vc.GetAsync("/api/appliance/update")).As<UpdateInfo>();
        var details = (await vc.GetAsync($"/api/appliance/update/pending/{Target}")).As<PendingInfo>();
        var precheck = (await vc.PostAsync($"/api/appliance/update/pending/{Target}?action=precheck")).As<PrecheckResult>();
        var stage = await vc.PostAsync($"/api/appliance/update/pending/{Target}?action=stage");
        var staging = (await vc.GetAsync("/api/appliance/update")).As<UpdateInfo>();
        sim.Advance(TimeSpan.FromMinutes(5));
        var staged = (await vc.GetAsync("/api/appliance/update/staged")).As<StagedInfo>();
        var install = await vc.PostAsync($"/api/appliance/update/pending/{Target}?action=install", Answers);
        sim.Advance(TimeSpan.FromMinutes(10));
        var installing = (await vc.GetAsync("/api/appliance/update")).As<UpdateInfo>();
        sim.Advance(TimeSpan.FromMinutes(11.5));
        // Services begin restarting: the reverse proxy drops connections for a minute.
        await Assert.ThrowsAsync<HttpRequestException>(() => vc.GetAsync("/api/appliance/update"));
        sim.Advance(TimeSpan.FromMinutes(1));
        var duringRestart = (await vc.GetAsync("/api/appliance/update")).As<UpdateInfo>();
        var policyDuringRestart = await vc.GetAsync("/api/appliance/update/policy");
        sim.Advance(TimeSpan.FromMinutes(3.5));
        var policyAfterRestart = await vc.GetAsync("/api/appliance/update/policy");
        sim.Advance(TimeSpan.FromMinutes(4));
        var done = (await vc.GetAsync("/api/appliance/update")).As<UpdateInfo>();
        var nothingPending = (await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE")).As<List<UpdateSummary>>();
        var installedAlready = await vc.GetAsync($"/api/appliance/update/pending/{Target}");

        Assert.Equal(UpdateState.UpToDate, initial.State);
        Assert.Equal("8.0.2.00100", initial.Version);
        Assert.Equal(Target, Assert.Single(pending).Version);
        Assert.Equal(UpdateState.UpdatesPending, afterCheck.State);
        Assert.Equal(Target, afterCheck.Version);
        Assert.NotNull(afterCheck.LatestQueryTime);
        Assert.False(details.Staged);
        Assert.Contains(precheck.Questions, q => q.DataItem == "vmdir.password" && q.Type == QuestionInputType.Password);
        Assert.Equal(HttpStatusCode.NoContent, stage.Status);
        Assert.Equal(UpdateState.StageInProgress, staging.State);
        Assert.True(staged.StagingComplete);
        Assert.Equal(HttpStatusCode.NoContent, install.Status);
        Assert.Equal(UpdateState.InstallInProgress, installing.State);
        Assert.Equal(TaskStatus.Running, installing.Task!.Subtasks["install_rpms"].Status);
        Assert.Equal(UpdateState.InstallInProgress, duringRestart.State);
        Assert.Equal(TaskStatus.Running, duringRestart.Task!.Subtasks["restart_services"].Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, policyDuringRestart.Status);
        Assert.Equal(HttpStatusCode.OK, policyAfterRestart.Status);
        Assert.Equal(UpdateState.UpToDate, done.State);
        Assert.Equal(Target, done.Version);
        Assert.Equal(TaskStatus.Succeeded, done.Task!.Status);
        Assert.Equal(Target, vc.Appliance.Version);
        Assert.Equal(VersionCatalog.Find(Target).Build, vc.Appliance.Build);
        Assert.True(vc.Appliance.InstallTime > vc.Appliance.CreatedAt);
        Assert.Empty(nothingPending);
        Assert.Equal("ALREADY_IN_DESIRED_STATE", installedAlready.ErrorType);
        Assert.Equal(1, vc.Appliance.Ledger.Count("update.stage.started"));
        Assert.Equal(1, vc.Appliance.Ledger.Count("update.install.started"));
    }

    [Fact]
    public async Task Install_WithFailFault_EndsInstallFailedThenRollsBack()
    {
        using var vc = sim.NewAppliance(WithUpdate());
        await vc.LoginAsync();
        vc.Appliance.Faults.FailNextInstallAtPercent = 50;
        await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE");

        var start = await vc.PostAsync($"/api/appliance/update/pending/{Target}?action=stage-and-install", Answers);
        sim.Advance(TimeSpan.FromMinutes(21));
        var failed = (await vc.GetAsync("/api/appliance/update")).As<UpdateInfo>();
        var rollback = await vc.PostAsync("/api/appliance/update/pending?action=rollback");
        var rollingBack = (await vc.GetAsync("/api/appliance/update")).As<UpdateInfo>();
        sim.Advance(TimeSpan.FromMinutes(10));
        var after = (await vc.GetAsync("/api/appliance/update")).As<UpdateInfo>();
        var noSnapshot = await vc.PostAsync("/api/appliance/update/pending?action=rollback");

        Assert.Equal(HttpStatusCode.NoContent, start.Status);
        Assert.Equal(UpdateState.InstallFailed, failed.State);
        Assert.Equal(Target, failed.Version);
        Assert.Equal(TaskStatus.Failed, failed.Task!.Status);
        Assert.Equal(TaskStatus.Failed, failed.Task.Subtasks["install_rpms"].Status);
        Assert.NotNull(failed.Task.Subtasks["install_rpms"].Result!.Errors);
        Assert.Equal("8.0.2.00100", vc.Appliance.Version);
        Assert.Equal(HttpStatusCode.NoContent, rollback.Status);
        Assert.Equal(UpdateState.RollbackInProgress, rollingBack.State);
        Assert.Equal(UpdateState.UpdatesPending, after.State);
        Assert.Equal(HttpStatusCode.NotFound, noSnapshot.Status);
        Assert.Null(vc.Appliance.Faults.FailNextInstallAtPercent);
    }

    [Fact]
    public async Task CancelStaging_ClearsTheStagedUpdate()
    {
        using var vc = sim.NewAppliance(WithUpdate());
        await vc.LoginAsync();
        await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE");
        await vc.PostAsync($"/api/appliance/update/pending/{Target}?action=stage");

        var cancel = await vc.PostAsync("/api/appliance/update?action=cancel");
        var cancelAgain = await vc.PostAsync("/api/appliance/update?action=cancel");
        var staged = await vc.GetAsync("/api/appliance/update/staged");

        Assert.Equal(HttpStatusCode.NoContent, cancel.Status);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", cancelAgain.ErrorType);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", staged.ErrorType);
    }

    [Fact]
    public async Task GuideOnlyOperations_RequirementsAndTask_DescribeTheUpdate()
    {
        using var vc = sim.NewAppliance(WithUpdate());
        await vc.LoginAsync();
        await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE");
        await vc.PostAsync($"/api/appliance/update/pending/{Target}?action=stage");
        sim.Advance(TimeSpan.FromMinutes(2));

        var requirements = (await vc.GetAsync($"/api/appliance/update/pending/{Target}/requirements")).As<UpdateRequirements>();
        var task = (await vc.GetAsync("/api/appliance/task/com.vmware.appliance.update.pending.stage")).As<ApplianceTaskInfo>();
        var unknown = await vc.GetAsync("/api/appliance/task/no-such-task");

        Assert.Equal(30, requirements.EstimatedTimeToInstall);
        Assert.True(requirements.RequiredDiskSpace > 0);
        Assert.Equal(TaskStatus.Running, task.Status);
        Assert.Equal(40, task.Progress!.Completed);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }
}

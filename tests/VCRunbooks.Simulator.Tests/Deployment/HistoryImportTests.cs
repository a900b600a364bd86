using System.Net;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Deployment;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.Tests.Deployment;

public sealed class HistoryImportTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string History = "/api/vcenter/deployment/history";

    [Fact]
    public async Task HistoryImport_StartPauseResumeCancel_FollowsTheGuideStates()
    {
        using var vc = sim.NewAppliance();

        var pending = await Status(vc);
        var start = await vc.Post(History + "?action=start", new ImportHistoryCreateSpec { Name = "import", Description = "Import history" });
        var startAgain = await vc.Post(History + "?action=start");
        sim.Advance(TimeSpan.FromMinutes(9));
        var pause = await vc.Post(History + "?action=pause");
        var pauseAgain = await vc.Post(History + "?action=pause");
        sim.Advance(TimeSpan.FromHours(2));
        var paused = (await vc.Get(History)).As<ImportHistoryInfo>();
        var resume = await vc.Post(History + "?action=resume");
        var resumeAgain = await vc.Post(History + "?action=resume");
        var cancel = await vc.Post(History + "?action=cancel");
        var cancelAgain = await vc.Post(History + "?action=cancel");
        var resumeCanceled = await vc.Post(History + "?action=resume");

        Assert.Equal(TaskStatus.Pending, pending);
        Assert.Equal(HttpStatusCode.NoContent, start.Status);
        Assert.Equal("ALREADY_IN_DESIRED_STATE", startAgain.ErrorType);
        Assert.Equal(HttpStatusCode.NoContent, pause.Status);
        Assert.Equal("ALREADY_IN_DESIRED_STATE", pauseAgain.ErrorType);
        Assert.Equal(TaskStatus.Blocked, paused.Status);
        Assert.Equal(20, paused.Progress!.Completed);
        Assert.Equal(HttpStatusCode.NoContent, resume.Status);
        Assert.Equal("ALREADY_IN_DESIRED_STATE", resumeAgain.ErrorType);
        Assert.Equal(HttpStatusCode.NoContent, cancel.Status);
        Assert.Equal("ALREADY_IN_DESIRED_STATE", cancelAgain.ErrorType);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", resumeCanceled.ErrorType);
        Assert.Equal(TaskStatus.Failed, await Status(vc));
        Assert.Equal(1, vc.Appliance.Ledger.Count("history.import.started"));
    }

    [Fact]
    public async Task HistoryImport_RunningLongEnough_Succeeds()
    {
        using var vc = sim.NewAppliance();

        await vc.Post("/rest/vcenter/deployment/history?action=start", new { spec = new ImportHistoryCreateSpec { Name = "n", Description = "d" } });
        sim.Advance(TimeSpan.FromMinutes(46));
        var rest = await vc.Get("/rest/vcenter/deployment/history");
        var pause = await vc.Post(History + "?action=pause");

        Assert.Equal("SUCCEEDED", rest.Json.GetProperty("status").GetString());
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", pause.ErrorType);
    }

    [Fact]
    public async Task HistoryImport_BeforeConfigured_IsNotAllowed()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());

        var start = await vc.Post(History + "?action=start");

        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", start.ErrorType);
        Assert.Equal(0, vc.Appliance.Ledger.Count("history.import.started"));
    }

    private static async Task<TaskStatus> Status(VapiTestClient vc) => (await vc.Get(History)).As<ImportHistoryInfo>().Status;
}

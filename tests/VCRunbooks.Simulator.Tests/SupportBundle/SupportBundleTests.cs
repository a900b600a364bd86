using System.Net;
using System.Net.Http.Json;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.SupportBundle;
using VCRunbooks.VCenter.Tasks;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.Tests.SupportBundle;

public sealed class SupportBundleTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Path = "/api/appliance/support-bundle";

    [Fact]
    public async Task Components_ReturnsGroupsOfManifests()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.GetAsync($"{Path}/components");

        var groups = response.As<Dictionary<string, List<string>>>();
        Assert.Contains("vpxd", groups["CloudInfrastructure"]);
        Assert.All(groups.Values, g => Assert.NotEmpty(g));
    }

    [Fact]
    public async Task Create_RunsAsTaskThenListShowsDownloadableBundle()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var created = await vc.PostAsync($"{Path}?vmw-task=true", new { description = "SR 12345", components = new Dictionary<string, string[]> { ["Database"] = ["vpostgres"] } });
        var taskId = created.As<string>();
        var running = (await vc.GetAsync($"/api/cis/tasks/{taskId}")).As<TaskInfo>();
        var listedWhileRunning = (await vc.GetAsync(Path)).As<SupportBundleListResult>();
        sim.Advance(TimeSpan.FromSeconds(80));
        var done = await vc.GetAsync($"/api/cis/tasks/{taskId}");
        var listed = (await vc.GetAsync($"{Path}?available=true&creation_status=SUCCEEDED")).As<SupportBundleListResult>();

        Assert.Equal(HttpStatusCode.Accepted, created.Status);
        Assert.Equal(TaskStatus.Running, running.Status);
        Assert.Empty(listedWhileRunning.SupportbundleOperations);
        Assert.Equal(TaskStatus.Succeeded, done.As<TaskInfo>().Status);
        var url = done.Json.GetProperty("result").GetProperty("url").GetString()!;
        Assert.StartsWith($"https://{vc.Appliance.Name}/appliance/support-bundle/data/log/", url, StringComparison.Ordinal);
        var bundle = Assert.Single(listed.SupportbundleOperations);
        Assert.Equal("SR 12345", bundle.Description);
        Assert.Equal(url, bundle.Url);
        Assert.True(bundle.Downloadable);
        Assert.Equal(1, vc.Appliance.Ledger.Count("support_bundle.started"));
    }

    [Fact]
    public async Task List_AfterExpiry_BundleNoLongerAvailable()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        await vc.PostAsync($"{Path}?vmw-task=true", new { description = "old" });
        sim.Advance(TimeSpan.FromHours(25));
        await vc.LoginAsync();

        var available = (await vc.GetAsync($"{Path}?available=true")).As<SupportBundleListResult>();
        var unavailable = (await vc.GetAsync($"{Path}?available=false")).As<SupportBundleListResult>();

        Assert.Empty(available.SupportbundleOperations);
        Assert.False(Assert.Single(unavailable.SupportbundleOperations).Downloadable);
    }

    [Fact]
    public async Task List_Size_LimitsNewestFirst()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        foreach (var name in new[] { "first", "second", "third" })
        {
            await vc.PostAsync($"{Path}?vmw-task=true", new { description = name, components = new Dictionary<string, string[]> { ["Database"] = [] } });
            sim.Advance(TimeSpan.FromMinutes(5));
        }

        var listed = (await vc.GetAsync($"{Path}?size=2")).As<SupportBundleListResult>();

        Assert.Equal(["third", "second"], listed.SupportbundleOperations.Select(b => b.Description));
    }

    [Theory]
    [InlineData("size=zero", "size")]
    [InlineData("size=-1", "size")]
    [InlineData("available=maybe", "available")]
    [InlineData("creation_status=RUNNING", "creation_status")]
    public async Task List_BadFilter_AnswersGenericErrorNamingIt(string query, string named)
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.GetAsync($"{Path}?{query}");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("ERROR", response.ErrorType);
        Assert.Contains(named, response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_FailNextByControlApi_TaskFailsAndListShowsFailureReason()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        using var control = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        await control.PostAsJsonAsync($"/simulator/appliances/{vc.Appliance.Name}/support-bundle/fail-next", new { reason = "Partition /storage/log is full." });

        var taskId = (await vc.PostAsync($"{Path}?vmw-task=true", new { description = "doomed" })).As<string>();
        sim.Advance(TimeSpan.FromMinutes(10));
        // Read the task from the appliance: the spec types TaskInfo.error as a string, a real vCenter sends an object.
        var task = vc.Appliance.Tasks.Find(taskId)!;
        var failed = (await vc.GetAsync($"{Path}?creation_status=FAILED")).As<SupportBundleListResult>();

        Assert.Equal(TaskStatus.Failed, task.Status);
        Assert.Equal("Partition /storage/log is full.", task.Error!.Messages[0].DefaultMessage);
        var bundle = Assert.Single(failed.SupportbundleOperations);
        Assert.Equal("Partition /storage/log is full.", bundle.FailureReason!.DefaultMessage);
        Assert.Null(bundle.Url);
    }

    [Fact]
    public async Task Create_CanceledTask_ListsCancelledBundle()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var taskId = (await vc.PostAsync($"{Path}?vmw-task=true", new { description = "changed my mind" })).As<string>();

        var cancel = await vc.PostAsync($"/api/cis/tasks/{taskId}?action=cancel");
        var cancelled = (await vc.GetAsync($"{Path}?creation_status=CANCELLED")).As<SupportBundleListResult>();

        Assert.Equal(HttpStatusCode.NoContent, cancel.Status);
        Assert.Equal("changed my mind", Assert.Single(cancelled.SupportbundleOperations).Description);
    }

    [Theory]
    [InlineData("{\"description\":\"\"}", "description")]
    [InlineData("{\"components\":{}}", "description")]
    [InlineData("{\"description\":\"x\",\"components\":{\"Nope\":[]}}", "Nope")]
    [InlineData("{\"description\":\"x\",\"components\":{\"Database\":[\"oracle\"]}}", "oracle")]
    [InlineData("{\"description\":\"x\",\"partition\":\"tmp\"}", "partition")]
    public async Task Create_InvalidSpec_Answers400NamingTheProblem(string body, string named)
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.SendAsync(HttpMethod.Post, $"{Path}?vmw-task=true", rawBody: body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_ARGUMENT", response.ErrorType);
        Assert.Contains(named, response.Text, StringComparison.Ordinal);
        Assert.Equal(0, vc.Appliance.Ledger.Count("support_bundle.started"));
    }

    [Fact]
    public async Task Create_ByOperator_Answers403()
    {
        using var vc = sim.NewAppliance();
        vc.Appliance.Users.Add(new UserAccount("op@vsphere.local", "pw", Role.Operator, false));
        await vc.LoginAsync("op@vsphere.local", "pw");

        var response = await vc.PostAsync($"{Path}?vmw-task=true", new { description = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
    }
}

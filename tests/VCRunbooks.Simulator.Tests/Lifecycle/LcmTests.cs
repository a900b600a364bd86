using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Lifecycle;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Json;
using VCRunbooks.VCenter.Lifecycle;
using VCRunbooks.VCenter.Tasks;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.Tests.Lifecycle;

public sealed class LcmTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Path = "/api/vcenter/lcm";

    private static T Result<T>(VapiResponse task) => task.Json.GetProperty("result").Deserialize<T>(VCenterJson.Options)!;

    [Fact]
    public async Task ProductCatalog_ListsProductsWithVersions()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var catalog = (await vc.GetAsync($"{Path}/discovery/product-catalog")).As<List<ProductCatalogSummary>>();

        Assert.Contains(catalog, p => p.Name == "VMware NSX" && p.Versions.Contains("4.1.2"));
    }

    [Fact]
    public async Task AssociatedProducts_CreateGetUpdateDelete_ManualProduct()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var created = await vc.PostAsync($"{Path}/discovery/associated-products", new { product_name = "VMware Aria Operations", version = "8.14", deployments = new[] { "ops.lab.local" } });
        var id = created.As<string>();
        var patch = await vc.PatchAsync($"{Path}/discovery/associated-products/{id}", new { deployments = new[] { "ops-a.lab.local", "ops-b.lab.local" } });
        var product = (await vc.GetAsync($"{Path}/discovery/associated-products/{id}")).As<Product>();
        var listed = (await vc.GetAsync($"{Path}/discovery/associated-products")).As<List<Product>>();
        var delete = await vc.DeleteAsync($"{Path}/discovery/associated-products/{id}");
        var gone = await vc.GetAsync($"{Path}/discovery/associated-products/{id}");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(HttpStatusCode.NoContent, patch.Status);
        Assert.False(product.Auto);
        Assert.Equal(["ops-a.lab.local", "ops-b.lab.local"], product.Deployments!);
        Assert.Equal(3, listed.Count);
        Assert.Equal(2, listed.Count(p => p.Auto));
        Assert.Equal(HttpStatusCode.NoContent, delete.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    [Fact]
    public async Task AssociatedProducts_AutoDiscovered_CannotBeChangedOrDeleted()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var nsx = (await vc.GetAsync($"{Path}/discovery/associated-products")).As<List<Product>>().Single(p => p.Name == "VMware NSX");

        var patch = await vc.PatchAsync($"{Path}/discovery/associated-products/{nsx.InstalledProduct}", new { deployments = Array.Empty<string>() });
        var delete = await vc.DeleteAsync($"{Path}/discovery/associated-products/{nsx.InstalledProduct}");

        Assert.True(nsx.Auto);
        Assert.Equal(HttpStatusCode.BadRequest, patch.Status);
        Assert.Equal("INVALID_ARGUMENT", patch.ErrorType);
        Assert.Equal(HttpStatusCode.InternalServerError, delete.Status);
        Assert.Contains("discovered automatically", delete.Text, StringComparison.Ordinal);
        Assert.Equal(2, (await vc.GetAsync($"{Path}/discovery/associated-products")).As<List<Product>>().Count);
    }

    [Theory]
    [InlineData("{\"product_name\":\"VMware Tanzu Toaster\",\"version\":\"1.0\"}", "product_name")]
    [InlineData("{\"product_name\":\"VMware NSX\",\"version\":\"9.9\"}", "version")]
    [InlineData("{\"version\":\"4.1.2\"}", "product_name")]
    public async Task AssociatedProducts_CreateInvalid_Answers400NamingField(string body, string field)
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.SendAsync(HttpMethod.Post, $"{Path}/discovery/associated-products", rawBody: body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(field, response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InteropReport_Task_ReportsCompatibilityAndDownloadableCsv()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var taskId = (await vc.PostAsync($"{Path}/discovery/interop-report?vmw-task=true", new { target_version = "8.0.3" })).As<string>();
        var running = (await vc.GetAsync($"/api/cis/tasks/{taskId}")).As<TaskInfo>();
        sim.Advance(LcmState.InteropDuration);
        var done = await vc.GetAsync($"/api/cis/tasks/{taskId}");
        var result = Result<InteropReportResult>(done);
        var location = (await vc.GetAsync($"{Path}/reports/{result.CsvReport}")).As<ReportLocation>();
        var missing = await vc.GetAsync($"{Path}/reports/no-such-report");

        Assert.Equal(TaskStatus.Running, running.Status);
        Assert.Equal("com.vmware.vcenter.lcm.discovery.interop_report", running.Service);
        var nsx = result.Report.Products.Single(p => p.Product.Name == "VMware NSX");
        var replication = result.Report.Products.Single(p => p.Product.Name == "VMware vSphere Replication");
        Assert.True(nsx.Compatible);
        Assert.False(replication.Compatible);
        Assert.Equal(["8.8"], replication.CompatibleReleases.Select(r => r.Version));
        Assert.Equal(1, result.Report.ReportSummary!.IncompatibleCount);
        Assert.EndsWith($"{result.CsvReport}.csv", location.Uri, StringComparison.Ordinal);
        Assert.True(location.DownloadFileToken.Expiry > sim.Host.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task PendingUpdates_ListAndGet_ClassifyPatchUpdateAndUpgrade()
    {
        using var vc = sim.NewAppliance(new ApplianceSpec { Name = "x", Version = "8.0.2.00100", PendingUpdates = ["8.0.2.00200"] });
        await vc.LoginAsync();

        var list = (await vc.GetAsync($"{Path}/update/pending")).As<PendingUpdateListResult>();
        var patch = (await vc.GetAsync($"{Path}/update/pending/8.0.2.00200")).As<PendingUpdateInfo>();
        var old = await vc.GetAsync($"{Path}/update/pending/8.0.1.00000");

        Assert.Equal(["8.0.2.00200", "8.0.2.00300", "8.0.3.00000"], list.Updates.Select(u => u.Version));
        Assert.Equal(UpdateType.Patch, patch.UpdateType);
        Assert.Equal("23319993", patch.Build);
        Assert.Equal(UpdateType.Update, list.Updates.Single(u => u.Version == "8.0.3.00000").UpdateType);
        Assert.Equal(3, list.UpdateCount);
        Assert.Equal(HttpStatusCode.NotFound, old.Status);
    }

    [Fact]
    public async Task PendingUpdates_From7_ListsUpgradeWithIsoUrl()
    {
        using var vc = sim.NewAppliance(new ApplianceSpec { Name = "x", Version = "7.0.3.01800" });
        await vc.LoginAsync();

        var list = (await vc.GetAsync($"{Path}/update/pending")).As<PendingUpdateListResult>();

        var upgrade = list.Updates.First(u => u.Version == "8.0.3.00000");
        Assert.Equal(UpdateType.Upgrade, upgrade.UpdateType);
        Assert.EndsWith(".iso", upgrade.ExecuteUrl, StringComparison.Ordinal);
        Assert.Equal(list.Updates.Count, list.UpgradeCount);
    }

    [Fact]
    public async Task PrecheckReport_IncompatibleDiscoveredProduct_ReportsErrorAndWarning_OneAtATime()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        using var control = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        await control.PostAsJsonAsync($"/simulator/appliances/{vc.Appliance.Name}/lcm/discovered-products", new { name = "Legacy Plugin", version = "1.0" });

        var taskId = (await vc.PostAsync($"{Path}/update/pending/8.0.3.00000/precheck-report?vmw-task=true")).As<string>();
        var second = await vc.PostAsync($"{Path}/update/pending/8.0.3.00000/precheck-report?vmw-task=true");
        var unknown = await vc.PostAsync($"{Path}/update/pending/9.9.9.99999/precheck-report?vmw-task=true");
        sim.Advance(LcmState.PrecheckDuration);
        await vc.LoginAsync();
        var result = Result<PrecheckReportResult>(await vc.GetAsync($"/api/cis/tasks/{taskId}"));
        var again = await vc.PostAsync($"{Path}/update/pending/8.0.3.00000/precheck-report?vmw-task=true");

        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", second.ErrorType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(1, result.Report.ReportSummary!.ErrorCount);
        Assert.Equal(1, result.Report.ReportSummary.WarningCount);
        Assert.Contains("Legacy Plugin", result.Report.Issues!.Errors![0].Message.DefaultMessage, StringComparison.Ordinal);
        Assert.Contains("8.8", result.Report.Issues.Warnings![0].Resolution!.DefaultMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await vc.GetAsync($"{Path}/reports/{result.CsvReport}")).Status);
        Assert.Equal(HttpStatusCode.Accepted, again.Status);
    }

    [Fact]
    public async Task InteropReport_BadTargetVersion_TaskFails()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var taskId = (await vc.PostAsync($"{Path}/discovery/interop-report?vmw-task=true", new { target_version = "latest" })).As<string>();
        sim.Advance(LcmState.InteropDuration);
        await vc.GetAsync($"{Path}/discovery/product-catalog"); // any call brings the appliance up to the clock

        // Read the task from the appliance: the spec types TaskInfo.error as a string, a real vCenter sends an object.
        var task = vc.Appliance.Tasks.Find(taskId)!;
        Assert.Equal(TaskStatus.Failed, task.Status);
        Assert.Contains("target_version", task.Error!.Messages[0].DefaultMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssociatedProducts_CreateByOperator_Answers403()
    {
        using var vc = sim.NewAppliance();
        vc.Appliance.Users.Add(new UserAccount("op@vsphere.local", "pw", Role.Operator, false));
        await vc.LoginAsync("op@vsphere.local", "pw");

        var response = await vc.PostAsync($"{Path}/discovery/associated-products", new { product_name = "VMware HCX", version = "4.8" });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
    }
}

using System.Net;
using System.Net.Http.Json;
using VCRunbooks.Simulator.Health;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.Simulator.Tests.Update;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Health;

namespace VCRunbooks.Simulator.Tests.Health;

public sealed class HealthTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Theory]
    [InlineData("green", "green", "green")]
    [InlineData("gray", "green", "gray")]
    [InlineData("gray", "yellow", "yellow")]
    [InlineData("yellow", "orange", "orange")]
    [InlineData("red", "gray", "red")]
    public async Task HealthSystem_IsTheStrongestTroubleWithGrayOnlyOverGreen(string mem, string storage, string expected)
    {
        using var vc = sim.NewAppliance(caller: $"health-{mem}-{storage}");
        await vc.LoginAsync();

        await SetLevel(vc, "mem", mem);
        await SetLevel(vc, "storage", storage);
        var system = await vc.GetAsync("/api/appliance/health/system");
        var memLevel = await vc.GetAsync("/api/appliance/health/mem");

        Assert.Equal(expected, system.As<string>());
        Assert.Equal(mem, memLevel.As<string>());
    }

    [Fact]
    public async Task HealthItems_AnswerLowercaseLevelsAndMessagesForTrouble()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        await SetLevel(vc, "swap", "yellow", "Swap is 85% used.");

        var levels = new Dictionary<string, string>();
        foreach (var item in HealthFeature.Items)
        {
            levels[item] = (await vc.GetAsync("/api/appliance/health/" + item)).As<string>();
        }
        var swapMessages = (await vc.GetAsync("/api/appliance/health/swap/messages")).As<List<Notification>>();
        var memMessages = (await vc.GetAsync("/api/appliance/health/mem/messages")).As<List<Notification>>();
        var unknown = await vc.GetAsync("/api/appliance/health/flux-capacitor/messages");
        var database = (await vc.GetAsync("/api/appliance/health/database")).As<DatabaseHealthInfo>();

        Assert.Equal("yellow", levels["swap"]);
        Assert.All(levels.Where(l => l.Key != "swap"), l => Assert.Equal("green", l.Value));
        Assert.Equal("Swap is 85% used.", Assert.Single(swapMessages).Message.DefaultMessage);
        Assert.Empty(memMessages);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(DatabaseHealthStatus.Healthy, database.Status);
    }

    [Fact]
    public async Task Health_DuringUpdateInstallAndRestart_ReflectsIt()
    {
        using var vc = sim.NewAppliance(UpdateFlowTests.WithUpdate());
        await vc.LoginAsync();
        await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE");
        await vc.PostAsync($"/api/appliance/update/pending/{UpdateFlowTests.Target}?action=stage-and-install", UpdateFlowTests.Answers);

        sim.Advance(TimeSpan.FromMinutes(10));
        var installing = (await vc.GetAsync("/api/appliance/health/software-packages")).As<string>();
        var systemInstalling = (await vc.GetAsync("/api/appliance/health/system")).As<string>();
        sim.Advance(TimeSpan.FromMinutes(17));
        var applmgmt = (await vc.GetAsync("/api/appliance/health/applmgmt")).As<string>();
        var databaseStorage = (await vc.GetAsync("/api/appliance/health/database-storage")).As<string>();
        var database = (await vc.GetAsync("/api/appliance/health/database")).As<DatabaseHealthInfo>();
        sim.Advance(TimeSpan.FromMinutes(10));
        var after = (await vc.GetAsync("/api/appliance/health/system")).As<string>();

        Assert.Equal("orange", installing);
        Assert.Equal("orange", systemInstalling);
        Assert.Equal("orange", applmgmt);
        Assert.Equal("gray", databaseStorage);
        Assert.Equal(DatabaseHealthStatus.Degraded, database.Status);
        Assert.Equal("green", after);
    }

    [Fact]
    public async Task Health_AfterFailedInstall_SoftwarePackagesRed()
    {
        using var vc = sim.NewAppliance(UpdateFlowTests.WithUpdate());
        vc.Appliance.Faults.FailNextInstallAtPercent = 20;
        await vc.LoginAsync();
        await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE");
        await vc.PostAsync($"/api/appliance/update/pending/{UpdateFlowTests.Target}?action=stage-and-install", UpdateFlowTests.Answers);

        sim.Advance(TimeSpan.FromMinutes(15));
        var system = (await vc.GetAsync("/api/appliance/health/system")).As<string>();
        var messages = (await vc.GetAsync("/api/appliance/health/software-packages/messages")).As<List<Notification>>();

        Assert.Equal("red", system);
        Assert.Contains("failed", Assert.Single(messages).Message.DefaultMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthSettingsAndLastcheck_ApiAndRestForms()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        sim.Advance(TimeSpan.FromMinutes(7));

        var lastcheck = (await vc.GetAsync("/api/appliance/health/system/lastcheck")).As<DateTimeOffset>();
        var patch = await vc.PatchAsync("/api/appliance/health/settings", new HealthCheckSettingsUpdate { DbHealthCheckStateManualBackup = false });
        var settings = (await vc.GetAsync("/api/appliance/health/settings")).As<HealthCheckSettings>();
        var restPatch = await vc.SendAsync(HttpMethod.Patch, "/rest/appliance/health/settings", new { health_settings = new { db_health_check_state_scheduled_backup = false } });
        var restSettings = await vc.GetAsync("/rest/appliance/health/settings");
        var restSystem = await vc.GetAsync("/rest/appliance/health/system");
        var restMessages = await vc.GetAsync("/rest/appliance/health/load/messages");

        Assert.Equal(0, lastcheck.Minute % 5);
        Assert.True(lastcheck <= sim.Host.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.NoContent, patch.Status);
        Assert.False(settings.DbHealthCheckStateManualBackup);
        Assert.True(settings.DbHealthCheckStateScheduledBackup);
        Assert.Equal(HttpStatusCode.OK, restPatch.Status);
        Assert.False(restSettings.Json.GetProperty("value").GetProperty("db_health_check_state_scheduled_backup").GetBoolean());
        Assert.Equal("green", restSystem.Json.GetProperty("value").GetString());
        Assert.Equal(0, restMessages.Json.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task PatchSettings_AsOperator_Answers403()
    {
        using var vc = sim.NewAppliance();
        vc.Appliance.Users.Add(new Auth.UserAccount("op@vsphere.local", "pw", Auth.Role.Operator, false));
        await vc.LoginAsync("op@vsphere.local", "pw");

        var read = await vc.GetAsync("/api/appliance/health/system");
        var write = await vc.PatchAsync("/api/appliance/health/settings", new HealthCheckSettingsUpdate { DbHealthCheckStateManualBackup = false });

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
    }

    [Fact]
    public void Composite_NoItems_IsGreen() => Assert.Equal(HealthLevel.Green, HealthFeature.Composite([]));

    private async Task SetLevel(VapiTestClient vc, string item, string level, string? message = null)
    {
        using var http = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        using var response = await http.PutAsJsonAsync($"/simulator/appliances/{vc.Appliance.Name}/health/{item}", new { level, message });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}

using System.Net;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.SystemInfo;

namespace VCRunbooks.Simulator.Tests.Services;

public sealed class SystemTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task SystemVersion_ShowsInstalledVersionAndBuild()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var version = (await vc.GetAsync("/api/appliance/system/version")).As<SystemVersion>();
        var rest = await vc.SendAsync(HttpMethod.Get, "/rest/appliance/system/version", rootPassword: "VMware1!");

        Assert.Equal("8.0.2.00100", version.Version);
        Assert.Equal("22617221", version.Build);
        Assert.Equal("vCenter Server 8.0 Update 2a", version.Summary);
        Assert.Equal("8.0.2.00100", rest.Json.GetProperty("value").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Reboot_TakesTheApplianceDownThenRestartsServicesAndEndsSessions()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var reboot = await vc.PostAsync("/api/appliance/shutdown?action=reboot", new ShutdownRequest { Delay = 0, Reason = "patching" });
        await Assert.ThrowsAsync<HttpRequestException>(() => vc.GetAsync("/api/appliance/system/version"));
        sim.Advance(TimeSpan.FromMinutes(3));
        var restarting = await vc.SendAsync(HttpMethod.Get, "/api/appliance/system/version", rootPassword: "VMware1!");
        var health = await vc.SendAsync(HttpMethod.Get, "/api/appliance/health/applmgmt", rootPassword: "VMware1!");
        sim.Advance(TimeSpan.FromMinutes(5));
        var oldSession = await vc.GetAsync("/api/appliance/system/version");
        await vc.LoginAsync();
        var up = await vc.GetAsync("/api/appliance/system/version");

        Assert.Equal(HttpStatusCode.NoContent, reboot.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, restarting.Status);
        Assert.Equal("orange", health.As<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, oldSession.Status);
        Assert.Equal(HttpStatusCode.OK, up.Status);
        Assert.Equal(1, vc.Appliance.Ledger.Count("shutdown.reboot"));
    }

    [Fact]
    public async Task ScheduledShutdown_CanBeReadAndCanceled()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        await vc.PostAsync("/rest/appliance/shutdown/poweroff", new ShutdownRequest { Delay = 30, Reason = "maintenance" });
        var scheduled = (await vc.GetAsync("/api/appliance/shutdown")).As<ShutdownConfig>();
        var cancel = await vc.PostAsync("/api/appliance/shutdown?action=cancel");
        var canceled = (await vc.GetAsync("/api/appliance/shutdown")).As<ShutdownConfig>();
        sim.Advance(TimeSpan.FromMinutes(31));
        var stillUp = await vc.SendAsync(HttpMethod.Get, "/api/appliance/system/version", rootPassword: "VMware1!");

        Assert.Equal("poweroff", scheduled.Action);
        Assert.Equal("maintenance", scheduled.Reason);
        Assert.Equal(sim.Host.Clock.GetUtcNow() - TimeSpan.FromMinutes(1), scheduled.ShutdownTime);
        Assert.Equal(HttpStatusCode.NoContent, cancel.Status);
        Assert.Equal("", canceled.Action);
        Assert.Null(canceled.ShutdownTime);
        Assert.Equal(HttpStatusCode.OK, stillUp.Status);
        Assert.Equal(0, vc.Appliance.Ledger.Count("shutdown.poweroff"));
    }
}

using System.Net;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Services;

namespace VCRunbooks.Simulator.Tests.Services;

public sealed class ServicesTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task ApplianceServiceRestart_GoesStoppingStartingStarted()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var list = (await vc.GetAsync("/api/appliance/services")).As<Dictionary<string, ApplianceServiceInfo>>();
        var restart = await vc.PostAsync("/api/appliance/services/sshd?action=restart");
        var stopping = (await vc.GetAsync("/api/appliance/services/sshd")).As<ApplianceServiceInfo>();
        sim.Advance(TimeSpan.FromSeconds(20));
        var starting = (await vc.GetAsync("/api/appliance/services/sshd")).As<ApplianceServiceInfo>();
        var busy = await vc.PostAsync("/api/appliance/services/sshd?action=stop");
        sim.Advance(TimeSpan.FromSeconds(30));
        var started = (await vc.GetAsync("/api/appliance/services/sshd")).As<ApplianceServiceInfo>();
        var unknown = await vc.PostAsync("/api/appliance/services/nope?action=start");

        Assert.Equal(ServiceState.Started, list["applmgmt"].State);
        Assert.Equal(HttpStatusCode.NoContent, restart.Status);
        Assert.Equal(ServiceState.Stopping, stopping.State);
        Assert.Equal(ServiceState.Starting, starting.State);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", busy.ErrorType);
        Assert.Equal(ServiceState.Started, started.State);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(1, vc.Appliance.Ledger.Count("service.restart"));
    }

    [Fact]
    public async Task VCenterService_StopStartAndStartupType()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var details = (await vc.GetAsync("/api/vcenter/services")).As<Dictionary<string, VCenterServiceInfo>>();
        await vc.PostAsync("/api/vcenter/services/vsphere-ui?action=stop");
        sim.Advance(TimeSpan.FromSeconds(15));
        var stopped = (await vc.GetAsync("/api/vcenter/services/vsphere-ui")).As<VCenterServiceInfo>();
        var disable = await vc.PatchAsync("/api/vcenter/services/vsphere-ui", new ServiceUpdateSpec { StartupType = StartupType.Disabled });
        var startDisabled = await vc.PostAsync("/api/vcenter/services/vsphere-ui?action=start");
        await vc.PatchAsync("/api/vcenter/services/vsphere-ui", new ServiceUpdateSpec { StartupType = StartupType.Automatic });
        var start = await vc.PostAsync("/api/vcenter/services/vsphere-ui?action=start");
        sim.Advance(TimeSpan.FromSeconds(30));
        var started = (await vc.GetAsync("/api/vcenter/services/vsphere-ui")).As<VCenterServiceInfo>();
        var badType = await vc.SendAsync(HttpMethod.Patch, "/api/vcenter/services/vpxd", rawBody: "{\"startup_type\":\"SOMETIMES\"}");

        Assert.Equal(ServiceState.Started, details["vpxd"].State);
        Assert.Equal(ServiceHealth.Healthy, details["vpxd"].Health);
        Assert.Equal(StartupType.Manual, details["imagebuilder"].StartupType);
        Assert.Equal(ServiceState.Stopped, details["imagebuilder"].State);
        Assert.Equal(ServiceState.Stopped, stopped.State);
        Assert.Null(stopped.Health);
        Assert.Equal(HttpStatusCode.NoContent, disable.Status);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", startDisabled.ErrorType);
        Assert.Equal(HttpStatusCode.NoContent, start.Status);
        Assert.Equal(ServiceState.Started, started.State);
        Assert.Equal(HttpStatusCode.BadRequest, badType.Status);
        Assert.Contains("startup_type", badType.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VCenterServices_DuringServicesRestart_ShowStoppedThenStarting()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        vc.Appliance.ServicesRestartingUntil = SimulatorFixture.Start + TimeSpan.FromMinutes(5) + (sim.Host.Clock.GetUtcNow() - SimulatorFixture.Start);

        var early = (await vc.GetAsync("/api/vcenter/services/vpxd")).As<VCenterServiceInfo>();
        var manual = (await vc.GetAsync("/api/vcenter/services/imagebuilder")).As<VCenterServiceInfo>();
        var write = await vc.PostAsync("/api/vcenter/services/vpxd?action=restart");
        sim.Advance(TimeSpan.FromMinutes(4));
        var late = (await vc.GetAsync("/api/vcenter/services/vpxd")).As<VCenterServiceInfo>();
        sim.Advance(TimeSpan.FromMinutes(1));
        var back = (await vc.GetAsync("/api/vcenter/services/vpxd")).As<VCenterServiceInfo>();

        Assert.Equal(ServiceState.Stopped, early.State);
        Assert.Equal(ServiceState.Stopped, manual.State);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.Status);
        Assert.Equal(ServiceState.Starting, late.State);
        Assert.Equal(ServiceState.Started, back.State);
    }

    [Fact]
    public async Task ServiceWrites_AsOperator_Answer403()
    {
        using var vc = sim.NewAppliance();
        vc.Appliance.Users.Add(new UserAccount("op@vsphere.local", "pw", Role.Operator, false));
        await vc.LoginAsync("op@vsphere.local", "pw");

        var read = await vc.GetAsync("/api/vcenter/services/vpxd");
        var stop = await vc.PostAsync("/api/vcenter/services/vpxd?action=stop");
        var restart = await vc.PostAsync("/api/appliance/services/sshd?action=restart");

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.Forbidden, stop.Status);
        Assert.Equal(HttpStatusCode.Forbidden, restart.Status);
    }

    [Fact]
    public async Task RestForms_ListAsPairsAndActionPaths()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var appliance = await vc.GetAsync("/rest/appliance/services");
        var vcenter = await vc.GetAsync("/rest/vcenter/services");
        var stop = await vc.PostAsync("/rest/vcenter/services/eam/stop");
        var patch = await vc.PatchAsync("/rest/vcenter/services/eam", new { spec = new { startup_type = "MANUAL" } });
        var one = await vc.GetAsync("/rest/vcenter/services/eam");
        var start = await vc.PostAsync("/rest/appliance/services/systemd-timesyncd/start");

        Assert.Contains(appliance.Json.GetProperty("value").EnumerateArray(), p => p.GetProperty("key").GetString() == "sshd");
        Assert.Contains(vcenter.Json.GetProperty("value").EnumerateArray(), p => p.GetProperty("key").GetString() == "vpxd");
        Assert.Equal(HttpStatusCode.OK, stop.Status);
        Assert.Equal(HttpStatusCode.OK, patch.Status);
        Assert.Equal("MANUAL", one.Json.GetProperty("value").GetProperty("startup_type").GetString());
        Assert.Equal("STOPPING", one.Json.GetProperty("value").GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, start.Status);
    }
}

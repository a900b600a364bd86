using System.Net;
using System.Net.Http.Json;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Simulator.Tests.Deployment;

public sealed class DeploymentControlTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task ControlApi_AddedSourceAndTargetVersion_DriveTheUpgrade()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());
        using var control = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        var prefix = $"/simulator/appliances/{vc.Appliance.Name}/deployment";

        using var added = await control.PostAsJsonAsync(prefix + "/sources", new { hostname = "vc67.sim.local", version = "8.0.1.00000", ssoAdminPassword = "Old-Pass1!" });
        using var target = await control.PutAsJsonAsync(prefix + "/target-version", new { version = "8.0.3.00000" });
        using var badTarget = await control.PutAsJsonAsync(prefix + "/target-version", new { version = "latest" });
        var spec = Stage2.Upgrade(ssoPassword: "Old-Pass1!", hostname: "vc67.sim.local") with { AutoAnswer = true };
        var check = (await vc.Post("/api/vcenter/deployment/upgrade?action=check", spec)).As<CheckInfo>();
        await vc.Post("/api/vcenter/deployment/upgrade?action=start", spec);
        sim.Advance(TimeSpan.FromMinutes(60));
        var info = await vc.Info();

        Assert.Equal(HttpStatusCode.NoContent, added.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, target.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badTarget.StatusCode);
        Assert.Equal("8.0.1.00000", check.SourceInfo!.Version);
        Assert.Equal(ApplianceState.Configured, info.State);
        Assert.Equal("8.0.3.00000", vc.Appliance.Version);
    }

    [Fact]
    public async Task CheckUpgrade_SourceNotOlderThanTarget_Fails()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());
        vc.Appliance.Feature<Simulator.Deployment.DeploymentFeature>().Sources["new.sim.local"] =
            new Simulator.Deployment.UpgradeSource { Hostname = "new.sim.local", Version = "8.0.3.00000" };

        var check = (await vc.Post("/api/vcenter/deployment/upgrade?action=check", Stage2.Upgrade(hostname: "new.sim.local"))).As<CheckInfo>();

        Assert.Equal("upgrade.source.version.unsupported", Assert.Single(check.Result!.Errors!).Id);
    }

    [Fact]
    public async Task RemotePscThumbprint_KnownHostAnswersThumbprintUnknownHostErrors()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());

        var known = await vc.Get("/api/vcenter/deployment/install/initial-config/remote-psc/thumbprint?address=vcsa-old.sim.local&https_port=443");
        var rest = await vc.Get("/rest/vcenter/deployment/install/initial-config/remote-psc/thumbprint?spec.address=vcsa-old.sim.local");
        var unknown = await vc.Get("/api/vcenter/deployment/install/initial-config/remote-psc/thumbprint?address=gone.sim.local");

        Assert.Matches("^([0-9A-F]{2}:){19}[0-9A-F]{2}$", known.As<string>());
        Assert.Equal(known.As<string>(), rest.Json.GetProperty("value").GetString());
        Assert.Equal(HttpStatusCode.InternalServerError, unknown.Status);
    }

    [Fact]
    public async Task DeploymentInfo_StateMovedByAnotherFamily_DescribesARestore()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());
        vc.Appliance.State = ApplianceState.ConfigInProgress;

        var info = await vc.Info();

        Assert.Equal(ApplianceState.ConfigInProgress, info.State);
        Assert.Equal("RESTORE", info.Operation);
        Assert.Equal(VCenter.Common.TaskStatus.Running, info.Status);
    }
}

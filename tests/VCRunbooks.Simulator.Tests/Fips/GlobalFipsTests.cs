using System.Net;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Fips;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Fips;

namespace VCRunbooks.Simulator.Tests.Fips;

public sealed class GlobalFipsTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Path = "/api/appliance/system/global-fips";

    [Fact]
    public async Task Get_FreshAppliance_IsDisabled()
    {
        using var vc = sim.NewAppliance();

        var response = await vc.SendAsync(HttpMethod.Get, Path, rootPassword: "VMware1!");

        Assert.False(response.As<GlobalFipsInfo>().Enabled);
    }

    [Fact]
    public async Task Put_Enable_RebootsApplianceThenReportsEnabled()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var put = await vc.PutAsync(Path, new { enabled = true });
        var during = await vc.SendAsync(HttpMethod.Get, Path, rootPassword: "VMware1!");
        sim.Advance(GlobalFipsState.RebootDuration - TimeSpan.FromSeconds(1));
        var almost = await vc.SendAsync(HttpMethod.Get, Path, rootPassword: "VMware1!");
        sim.Advance(TimeSpan.FromSeconds(2));
        var oldSession = await vc.GetAsync(Path);
        var after = await vc.SendAsync(HttpMethod.Get, Path, rootPassword: "VMware1!");

        Assert.Equal(HttpStatusCode.NoContent, put.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.Status);
        Assert.Equal("SERVICE_UNAVAILABLE", during.ErrorType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, almost.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, oldSession.Status);
        Assert.True(after.As<GlobalFipsInfo>().Enabled);
        Assert.Equal(1, vc.Appliance.Ledger.Count("appliance.reboot"));
    }

    [Fact]
    public async Task Put_SameValueOrUnset_DoesNotReboot()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var same = await vc.PutAsync(Path, new { enabled = false });
        var unset = await vc.PutAsync(Path, new { });
        var get = await vc.GetAsync(Path);

        Assert.Equal(HttpStatusCode.NoContent, same.Status);
        Assert.Equal(HttpStatusCode.NoContent, unset.Status);
        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Equal(0, vc.Appliance.Ledger.Count("appliance.reboot"));
    }

    [Fact]
    public async Task Put_ByAdminWithoutSuperAdmin_Answers403()
    {
        using var vc = sim.NewAppliance();
        vc.Appliance.Users.Add(new UserAccount("admin2@vsphere.local", "pw", Role.Admin, false));
        await vc.LoginAsync("admin2@vsphere.local", "pw");

        var response = await vc.PutAsync(Path, new { enabled = true });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.False(vc.Appliance.Feature<GlobalFipsState>().Enabled);
    }
}

using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Lookup;

namespace VCRunbooks.Simulator.Tests.LookupService;

/// <summary>The project's own Lookup Service client against the simulated endpoint: both sides agree on the wire.</summary>
public sealed class LookupClientInteropTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task FindVapiEndpoint_LinkedNode_ReturnsItsUrlThroughTheFirstNode()
    {
        var domain = $"d{Guid.NewGuid():N}"[..12] + ".local";
        using var first = sim.NewAppliance(new ApplianceSpec { Name = "unused", SsoDomain = domain }, "node");
        using var second = sim.NewAppliance(new ApplianceSpec { Name = "unused", SsoDomain = domain }, "node");
        var target = new VCenterTarget { Host = first.Appliance.Name, ApiBaseUrl = sim.Host.BaseAddress };
        await using var client = new VCenterClientFactory().Create(target, VCenterCredentials.Sso("administrator@vsphere.local", "VMware1!"));

        var url = await client.Lookup.FindVapiEndpointAsync(second.Appliance.Name);
        var servers = await client.Lookup.ListAsync(LookupFilter.VCenterServers());
        var site = await client.Lookup.GetSiteIdAsync();

        Assert.Equal(second.Appliance.Name, url.Host);
        Assert.Equal(sim.Host.BaseAddress.Port, url.Port);
        Assert.Equal(2, servers.Count);
        Assert.Equal("default-first-site", site);
    }
}

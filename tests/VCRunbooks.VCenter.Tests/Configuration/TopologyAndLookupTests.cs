using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Lookup;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Tests.Infrastructure;
using VCRunbooks.VCenter.Topology;

namespace VCRunbooks.VCenter.Tests.Configuration;

/// <summary>Topology of an SSO domain, and endpoint discovery through the Lookup Service (guide chapter 2).</summary>
public sealed class TopologyAndLookupTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task ListNodesAsync_TwoNodeDomain_ListsBothAndTheirReplication(ApiFlavor flavor)
    {
        var (first, second) = Domain();
        await using var client = sim.Client(first, flavor);

        var nodes = await client.Topology.ListNodesAsync();
        var embedded = await client.Topology.ListNodesAsync([ApplianceType.VcsaEmbedded]);
        var node = await client.Topology.GetNodeAsync(second.Name);
        var replication = await client.Topology.GetReplicationStatusAsync();
        var registration = await client.Topology.GetPscRegistrationAsync();

        Assert.Equal(new[] { first.Name, second.Name }.Order(StringComparer.OrdinalIgnoreCase), nodes.Select(n => n.Node).Order(StringComparer.OrdinalIgnoreCase));
        Assert.All(embedded, n => Assert.Equal(ApplianceType.VcsaEmbedded, n.Type));
        Assert.Equal(first.Spec.SsoDomain, node.Domain, ignoreCase: true);
        Assert.NotNull(replication);
        Assert.Equal(first.Spec.SsoDomain, registration.SsoDomain, ignoreCase: true);
    }

    [Fact]
    public async Task FindVapiEndpointAsync_OtherNodeByInstanceName_ReturnsItsApiUrl()
    {
        var (first, second) = Domain();
        await using var client = sim.Client(first);

        var url = await client.Lookup.FindVapiEndpointAsync(second.Name);
        var site = await client.Lookup.GetSiteIdAsync();
        var sts = await client.Lookup.ListAsync(LookupFilter.SsoSts());

        Assert.Equal(second.Name, url.Host, ignoreCase: true);
        Assert.Equal("/api", url.AbsolutePath);
        Assert.False(string.IsNullOrEmpty(site));
        Assert.Equal(2, sts.Count);
    }

    [Fact]
    public async Task FindVapiEndpointAsync_UnknownInstance_ThrowsNotFoundNamingIt()
    {
        var (first, _) = Domain();
        await using var client = sim.Client(first);

        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Lookup.FindVapiEndpointAsync("nope.sim.local"));

        Assert.Equal(ErrorType.NotFound, ex.ErrorType);
        Assert.Contains("nope.sim.local", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_EndpointFilter_TrimsEndpointsToMatches()
    {
        var (first, _) = Domain();
        await using var client = sim.Client(first);

        var vapi = await client.Lookup.ListAsync(LookupFilter.VapiEndpoint());

        Assert.Equal(2, vapi.Count);
        Assert.All(vapi, r => Assert.All(r.Endpoints, e => Assert.Equal("com.vmware.vapi.endpoint", e.Type)));
    }

    private (Appliance First, Appliance Second) Domain([System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        var domain = $"d{Guid.NewGuid():N}"[..12] + ".local";
        return (sim.NewAppliance(new ApplianceSpec { Name = "x", SsoDomain = domain }, caller + "-a"),
                sim.NewAppliance(new ApplianceSpec { Name = "x", SsoDomain = domain }, caller + "-b"));
    }
}

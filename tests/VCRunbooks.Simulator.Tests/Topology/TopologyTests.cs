using System.Net;
using System.Net.Http.Json;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.Simulator.Topology;
using VCRunbooks.VCenter.Topology;

namespace VCRunbooks.Simulator.Tests.Topology;

public sealed class TopologyTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private static ApplianceSpec InDomain(string domain) => new() { Name = "unused", SsoDomain = domain };

    private static string NewDomain() => $"d{Guid.NewGuid():N}"[..12] + ".local";

    [Fact]
    public async Task ListNodes_LinkedAppliances_ReturnsEachNodeWithTheOthersAsPartners()
    {
        var domain = NewDomain();
        using var first = sim.NewAppliance(InDomain(domain), "node");
        using var second = sim.NewAppliance(InDomain(domain), "node");
        using var third = sim.NewAppliance(InDomain(domain), "node");
        await first.LoginAsync();

        var response = await first.GetAsync("/api/vcenter/topology/nodes");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var nodes = response.As<List<NodeSummary>>();
        Assert.Equal(3, nodes.Count);
        var node = nodes.Single(n => n.Node == second.Appliance.Name);
        Assert.Equal(ApplianceType.VcsaEmbedded, node.Type);
        Assert.Equal(new[] { first.Appliance.Name, third.Appliance.Name }.Order(StringComparer.Ordinal), node.ReplicationPartners!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListNodes_FilteredByExternalTypes_ReturnsNone()
    {
        using var vc = sim.NewAppliance(InDomain(NewDomain()), "node");
        await vc.LoginAsync();

        var api = await vc.GetAsync("/api/vcenter/topology/nodes?types=PSC_EXTERNAL&types=VCSA_EXTERNAL");
        var rest = await vc.GetAsync("/rest/vcenter/topology/nodes?filter.types=VCSA_EMBEDDED");
        var bad = await vc.GetAsync("/api/vcenter/topology/nodes?types=MAINFRAME");

        Assert.Empty(api.As<List<NodeSummary>>());
        Assert.Single(rest.Json.GetProperty("value").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal("INVALID_ARGUMENT", bad.ErrorType);
    }

    [Fact]
    public async Task GetNode_KnownAndUnknown_ReturnsInfoOr404()
    {
        var domain = NewDomain();
        using var first = sim.NewAppliance(InDomain(domain), "node");
        using var second = sim.NewAppliance(InDomain(domain), "node");
        await first.LoginAsync();

        var known = await first.GetAsync($"/api/vcenter/topology/nodes/{second.Appliance.Name}");
        var rest = await first.GetAsync($"/rest/vcenter/topology/nodes/{second.Appliance.Name}");
        var unknown = await first.GetAsync("/api/vcenter/topology/nodes/nowhere.local");

        Assert.Equal(domain, known.As<NodeInfo>().Domain);
        Assert.Equal([first.Appliance.Name], known.As<NodeInfo>().ReplicationPartners!);
        Assert.Equal(HttpStatusCode.OK, rest.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Fact]
    public async Task ReplicationStatus_PartnerMadeUnreachable_ShowsItUnavailableUntilRestored()
    {
        var domain = NewDomain();
        using var first = sim.NewAppliance(InDomain(domain), "node");
        using var second = sim.NewAppliance(InDomain(domain), "node");
        await first.LoginAsync();
        using var control = new HttpClient { BaseAddress = sim.Host.BaseAddress };

        var before = (await first.GetAsync("/api/vcenter/topology/replication-status")).As<List<ReplicationStatusSummary>>();
        var marked = await control.PostAsJsonAsync($"/simulator/appliances/{first.Appliance.Name}/topology/partner-reachability",
            new { partner = second.Appliance.Name, reachable = false });
        var during = (await first.GetAsync($"/api/vcenter/topology/replication-status?nodes={first.Appliance.Name}")).As<List<ReplicationStatusSummary>>();
        await control.PostAsJsonAsync($"/simulator/appliances/{first.Appliance.Name}/topology/partner-reachability",
            new { partner = second.Appliance.Name, reachable = true });
        var after = await first.GetAsync($"/rest/vcenter/topology/replication-status?filter.nodes={first.Appliance.Name}");

        Assert.Equal(2, before.Count);
        Assert.All(before, s => Assert.True(s.PartnerAvailable && s.Replicating == true && s.ChangeLag == 0));
        Assert.Equal(HttpStatusCode.NoContent, marked.StatusCode);
        var broken = Assert.Single(during);
        Assert.Equal(second.Appliance.Name, broken.ReplicationPartner);
        Assert.False(broken.PartnerAvailable);
        Assert.False(broken.StatusAvailable);
        Assert.Null(broken.Replicating);
        Assert.Null(broken.ChangeLag);
        Assert.True(after.Json.GetProperty("value")[0].GetProperty("partner_available").GetBoolean());
        Assert.True(first.Appliance.Feature<TopologyState>().IsReachable(second.Appliance.Name));
    }

    [Fact]
    public async Task ReplicationStatus_PartnerRebootingAfterFipsChange_IsUnavailableUntilItIsBack()
    {
        var domain = NewDomain();
        using var first = sim.NewAppliance(InDomain(domain), "node");
        using var second = sim.NewAppliance(InDomain(domain), "node");
        await first.LoginAsync();
        await second.LoginAsync();

        await second.PutAsync("/api/appliance/system/global-fips", new { enabled = true });
        var during = (await first.GetAsync($"/api/vcenter/topology/replication-status?nodes={first.Appliance.Name}")).As<List<ReplicationStatusSummary>>();
        sim.Advance(VCRunbooks.Simulator.Fips.GlobalFipsState.RebootDuration);
        await first.LoginAsync();
        var after = (await first.GetAsync($"/api/vcenter/topology/replication-status?nodes={first.Appliance.Name}")).As<List<ReplicationStatusSummary>>();

        Assert.False(Assert.Single(during).PartnerAvailable);
        Assert.True(Assert.Single(after).PartnerAvailable);
    }

    [Fact]
    public async Task Reconciliation_PartnerMarkedUnreachable_WarnsNamingItAndFailsWithoutIgnoreWarnings()
    {
        using var restored = await Recovery.RecoveryScenario.RestoredApplianceAsync(sim, "reco");
        using var partner = sim.NewAppliance(new ApplianceSpec { Name = "unused", SsoDomain = restored.Appliance.Spec.SsoDomain }, "partner");
        using var control = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        await control.PostAsJsonAsync($"/simulator/appliances/{restored.Appliance.Name}/topology/partner-reachability",
            new { partner = partner.Appliance.Name, reachable = false });

        var created = await restored.SendAsync(HttpMethod.Post, "/api/appliance/recovery/reconciliation/job", Recovery.RecoveryScenario.Reconcile(), rootPassword: "VMware1!");
        sim.Advance(TimeSpan.FromMinutes(1));
        var job = (await restored.SendAsync(HttpMethod.Get, "/api/appliance/recovery/reconciliation/job", rootPassword: "VMware1!"))
            .As<VCRunbooks.VCenter.Recovery.Reconciliation.ReconciliationInfo>();

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(VCRunbooks.VCenter.Recovery.Reconciliation.ReconciliationStatus.Failed, job.Status);
        Assert.Contains(job.Messages, m => m.DefaultMessage.Contains(partner.Appliance.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PartnerReachabilityControl_UnknownPartnerOrMissingName_AnswersProblem()
    {
        using var vc = sim.NewAppliance(InDomain(NewDomain()), "node");
        using var control = new HttpClient { BaseAddress = sim.Host.BaseAddress };

        var unknown = await control.PostAsJsonAsync($"/simulator/appliances/{vc.Appliance.Name}/topology/partner-reachability", new { partner = "ghost.local", reachable = false });
        var missing = await control.PostAsJsonAsync($"/simulator/appliances/{vc.Appliance.Name}/topology/partner-reachability", new { reachable = false });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task ReplicationStatus_UnknownNodeFilter_Answers400()
    {
        using var vc = sim.NewAppliance(InDomain(NewDomain()), "node");
        await vc.LoginAsync();

        var response = await vc.GetAsync("/api/vcenter/topology/replication-status?nodes=ghost.local");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_ARGUMENT", response.ErrorType);
    }

    [Fact]
    public async Task PscRegistrationAndDeploymentType_EmbeddedNode_ReportItselfAndRefuseReconfiguration()
    {
        var domain = NewDomain();
        using var vc = sim.NewAppliance(InDomain(domain), "node");
        await vc.LoginAsync();

        var psc = (await vc.GetAsync("/api/vcenter/system-config/psc-registration")).As<PscRegistrationInfo>();
        var type = await vc.GetAsync("/rest/vcenter/system-config/deployment-type");
        var reconfigure = await vc.PutAsync("/api/vcenter/system-config/deployment-type", new { type = "VCSA_EXTERNAL", remote_psc = new { psc_hostname = "psc.local", sso_admin_password = "x" } });
        var repoint = await vc.PostAsync("/rest/vcenter/system-config/psc-registration", new { spec = new { psc_hostname = "psc.local", sso_admin_password = "x" } });

        Assert.Equal(vc.Appliance.Name, psc.Address);
        Assert.Equal(domain, psc.SsoDomain);
        Assert.Equal("VCSA_EMBEDDED", type.Json.GetProperty("value").GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, reconfigure.Status);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", reconfigure.ErrorType);
        Assert.Equal(HttpStatusCode.BadRequest, repoint.Status);
    }

    [Fact]
    public async Task Reconfigure_ByOperator_Answers403()
    {
        using var vc = sim.NewAppliance(InDomain(NewDomain()), "node");
        vc.Appliance.Users.Add(new VCRunbooks.Simulator.Auth.UserAccount("op@vsphere.local", "pw", VCRunbooks.Simulator.Auth.Role.Operator, false));
        await vc.LoginAsync("op@vsphere.local", "pw");

        var response = await vc.PutAsync("/api/vcenter/system-config/deployment-type", new { type = "VCSA_EMBEDDED" });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
    }
}

using System.Net;
using System.Xml.Linq;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Tests.Infrastructure;
using static VCRunbooks.Simulator.Tests.LookupService.LookupSoapClient;

namespace VCRunbooks.Simulator.Tests.LookupService;

public sealed class LookupServiceTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private static ApplianceSpec InDomain(string domain) => new() { Name = "unused", SsoDomain = domain };

    private static string NewDomain() => $"d{Guid.NewGuid():N}"[..12] + ".local";

    [Fact]
    public async Task RetrieveServiceContent_ServiceInstance_ReturnsServiceRegistrationReference()
    {
        using var vc = sim.NewAppliance();
        using var ls = new LookupSoapClient(sim.Host, vc.Appliance.Name);

        var (status, body) = await ls.CallAsync(new XElement(Lookup + "RetrieveServiceContent", This("LookupServiceInstance", "ServiceInstance")));

        Assert.Equal(HttpStatusCode.OK, status);
        var registration = Returns(body).Single().Element(Lookup + "serviceRegistration")!;
        Assert.Equal("LookupServiceRegistration", registration.Attribute("type")!.Value);
        Assert.Equal("ServiceRegistration", registration.Value);
    }

    [Fact]
    public async Task List_GuideWorkflow_FindsNodeIdByInstanceNameThenItsVapiEndpoint()
    {
        var domain = NewDomain();
        using var first = sim.NewAppliance(InDomain(domain), "node");
        using var second = sim.NewAppliance(InDomain(domain), "node");
        using var ls = new LookupSoapClient(sim.Host, first.Appliance.Name);

        var (_, vcenters) = await ls.CallAsync(List("com.vmware.cis", "vcenterserver", "vmomi", "com.vmware.vim"));
        var nodeId = Returns(vcenters)
            .Single(r => r.Elements(Lookup + "serviceAttributes").Any(a =>
                Value(a, "key") == "com.vmware.vim.vcenter.instanceName" && Value(a, "value") == second.Appliance.Name))
            .Element(Lookup + "nodeId")!.Value;
        var (status, vapi) = await ls.CallAsync(List("com.vmware.cis", "cs.vapi", "vapi.json.https.public", "com.vmware.vapi.endpoint", nodeId));

        Assert.Equal(HttpStatusCode.OK, status);
        var url = new Uri(Value(Returns(vapi).Single(), "serviceEndpoints", "url")!);
        Assert.Equal(second.Appliance.Name, url.Host);
        Assert.Equal(sim.Host.BaseAddress.Port, url.Port);
        Assert.Equal("/api", url.AbsolutePath);
        // A client that resolves the simulated host names to the simulator reaches that node through the URL.
        using var client = new HttpClient(new Conformance.ConformanceHandler(new SocketsHttpHandler { UseCookies = false }))
        {
            BaseAddress = new Uri($"{url.Scheme}://127.0.0.1:{url.Port}"),
        };
        using var login = new HttpRequestMessage(HttpMethod.Post, url.AbsolutePath + "/session");
        login.Headers.Host = url.Host;
        login.Headers.Authorization = VapiTestClient.Basic("administrator@vsphere.local", "VMware1!");
        using var session = await client.SendAsync(login);
        Assert.Equal(HttpStatusCode.Created, session.StatusCode);
        Assert.Equal(1, second.Appliance.Sessions.Count);
        Assert.Equal(0, first.Appliance.Sessions.Count);
    }

    [Fact]
    public async Task List_VcenterServers_ReturnsEveryNodeOfTheDomainOnly()
    {
        var domain = NewDomain();
        using var first = sim.NewAppliance(InDomain(domain), "node");
        using var second = sim.NewAppliance(InDomain(domain), "node");
        using var elsewhere = sim.NewAppliance(InDomain(NewDomain()), "node");
        using var ls = new LookupSoapClient(sim.Host, second.Appliance.Name);

        var (_, body) = await ls.CallAsync(List("com.vmware.cis", "vcenterserver", "vmomi", "com.vmware.vim"));

        var names = Returns(body)
            .SelectMany(r => r.Elements(Lookup + "serviceAttributes"))
            .Where(a => Value(a, "key") == "com.vmware.vim.vcenter.instanceName")
            .Select(a => Value(a, "value"))
            .ToList();
        Assert.Equal(new[] { first.Appliance.Name, second.Appliance.Name }.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(elsewhere.Appliance.Name, names);
        Assert.All(Returns(body), r => Assert.Equal("default-first-site", Value(r, "siteId")));
    }

    [Fact]
    public async Task List_ApplianceNotYetConfigured_IsNotInTheDomain()
    {
        var domain = NewDomain();
        using var configured = sim.NewAppliance(InDomain(domain), "node");
        using var fresh = sim.NewAppliance(InDomain(domain) with { State = VCRunbooks.VCenter.Deployment.ApplianceState.Initialized }, "node");
        using var ls = new LookupSoapClient(sim.Host, configured.Appliance.Name);

        var (_, before) = await ls.CallAsync(List("com.vmware.cis", "vcenterserver"));
        fresh.Appliance.State = VCRunbooks.VCenter.Deployment.ApplianceState.Configured;
        var (_, after) = await ls.CallAsync(List("com.vmware.cis", "vcenterserver"));

        Assert.Single(Returns(before));
        Assert.Equal(2, Returns(after).Count);
    }

    [Theory]
    [InlineData("com.vmware.cis", "cs.identity", "wsTrust", "com.vmware.cis.cs.identity.sso", "/sts/STSService/")]
    [InlineData("com.vmware.cis", "cs.vapi", "vapi.json.https.public", "com.vmware.vapi.endpoint", "/api")]
    [InlineData("com.vmware.cis", "vcenterserver", "vmomi", "com.vmware.vim", "/sdk")]
    [InlineData("com.vmware.vim.sms", "sms", "https", "com.vmware.vim.sms", "/sms/sdk")]
    [InlineData("com.vmware.vim.sms", "sms", "https", "com.vmware.vim.pbm", "/pbm/sdk")]
    [InlineData("com.vmware.vim.sms", "cs.eam", "vmomi", "com.vmware.cis.cs.eam.sdk", "/eam/sdk")]
    public async Task List_GuideTable22Filter_ReturnsOneTrimmedEndpointPerNode(string product, string type, string protocol, string endpointType, string path)
    {
        using var vc = sim.NewAppliance(InDomain(NewDomain()), "node");
        using var ls = new LookupSoapClient(sim.Host, vc.Appliance.Name);

        var (status, body) = await ls.CallAsync(List(product, type, protocol, endpointType));

        Assert.Equal(HttpStatusCode.OK, status);
        var registration = Assert.Single(Returns(body));
        var endpoint = Assert.Single(registration.Elements(Lookup + "serviceEndpoints"));
        Assert.StartsWith($"http://{vc.Appliance.Name}:{sim.Host.BaseAddress.Port}{path}", Value(endpoint, "url"), StringComparison.Ordinal);
        Assert.Equal(endpointType, Value(endpoint, "endpointType", "type"));
        Assert.False(string.IsNullOrEmpty(Value(endpoint, "sslTrust")));
    }

    [Fact]
    public async Task List_WildcardFilter_ReturnsAllRegistrationsWithAllEndpoints()
    {
        var domain = NewDomain();
        using var first = sim.NewAppliance(InDomain(domain), "node");
        using var second = sim.NewAppliance(InDomain(domain), "node");
        using var ls = new LookupSoapClient(sim.Host, first.Appliance.Name);

        var (_, body) = await ls.CallAsync(List());

        var registrations = Returns(body);
        Assert.Equal(10, registrations.Count);
        var sms = registrations.First(r => Value(r, "serviceType", "type") == "sms");
        Assert.Equal(2, sms.Elements(Lookup + "serviceEndpoints").Count());
        Assert.Equal(2, registrations.Select(r => Value(r, "nodeId")).Distinct().Count());
    }

    [Fact]
    public async Task List_WithoutFilterCriteria_AnswersServiceFault()
    {
        using var vc = sim.NewAppliance();
        using var ls = new LookupSoapClient(sim.Host, vc.Appliance.Name);

        var (status, body) = await ls.CallAsync(new XElement(Lookup + "List", This("LookupServiceRegistration", "ServiceRegistration")));

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        var fault = body.Descendants(Soap + "Fault").Single();
        Assert.NotNull(fault.Descendants(Lookup + "LookupFaultServiceFaultFault").SingleOrDefault());
    }

    [Fact]
    public async Task Get_KnownAndUnknownServiceIds_ReturnsRegistrationOrEntryNotFound()
    {
        using var vc = sim.NewAppliance(InDomain(NewDomain()), "node");
        using var ls = new LookupSoapClient(sim.Host, vc.Appliance.Name);
        var (_, listed) = await ls.CallAsync(List("com.vmware.cis", "cs.vapi"));
        var serviceId = Value(Returns(listed).Single(), "serviceId")!;

        var (found, body) = await ls.CallAsync(new XElement(Lookup + "Get", This("LookupServiceRegistration", "ServiceRegistration"), new XElement(Lookup + "serviceId", serviceId)));
        var (missing, fault) = await ls.CallAsync(new XElement(Lookup + "Get", This("LookupServiceRegistration", "ServiceRegistration"), new XElement(Lookup + "serviceId", "no-such-id")));

        Assert.Equal(HttpStatusCode.OK, found);
        Assert.Equal("cs.vapi", Value(Returns(body).Single(), "serviceType", "type"));
        Assert.Equal(HttpStatusCode.InternalServerError, missing);
        Assert.Equal("no-such-id", fault.Descendants(Lookup + "LookupFaultEntryNotFoundFaultFault").Single().Element(Lookup + "name")!.Value);
    }

    [Fact]
    public async Task GetSiteId_ReturnsTheDomainSite()
    {
        using var vc = sim.NewAppliance();
        using var ls = new LookupSoapClient(sim.Host, vc.Appliance.Name);

        var (status, body) = await ls.CallAsync(new XElement(Lookup + "GetSiteId", This("LookupServiceRegistration", "ServiceRegistration")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("default-first-site", Returns(body).Single().Value);
    }

    [Fact]
    public async Task Post_MalformedXml_Answers400ClientFault()
    {
        using var vc = sim.NewAppliance();
        using var ls = new LookupSoapClient(sim.Host, vc.Appliance.Name);

        var (status, text) = await ls.PostRawAsync("<soapenv:Envelope><unclosed>");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("soapenv:Client", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WhileServicesRestart_Answers503()
    {
        using var vc = sim.NewAppliance();
        using var ls = new LookupSoapClient(sim.Host, vc.Appliance.Name);
        vc.Appliance.ServicesRestartingUntil = sim.Host.Clock.GetUtcNow().AddMinutes(3);

        var (during, _) = await ls.PostRawAsync(new XDocument(new XElement(Soap + "Envelope", new XElement(Soap + "Body", new XElement(Lookup + "GetSiteId")))).ToString());
        sim.Advance(TimeSpan.FromMinutes(4));
        var (after, _) = await ls.CallAsync(new XElement(Lookup + "GetSiteId", This("LookupServiceRegistration", "ServiceRegistration")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during);
        Assert.Equal(HttpStatusCode.OK, after);
    }
}

using System.Xml;
using System.Xml.Linq;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Hosting;
using VCRunbooks.Simulator.Topology;

namespace VCRunbooks.Simulator.LookupService;

/// <summary>
/// The Lookup Service SOAP endpoint (<c>POST /lookupservice/sdk</c>, SOAP 1.1, anonymous like the real one):
/// RetrieveServiceContent, List, Get and GetSiteId over the registrations of every node of the caller's SSO domain.
/// </summary>
internal sealed class LookupServiceEndpointModule : IEndpointModule
{
    public const string Path = "/lookupservice/sdk";

    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync).ExcludeFromDescription();

    private static async Task HandleAsync(HttpContext http)
    {
        var registry = http.RequestServices.GetRequiredService<ApplianceRegistry>();
        var appliance = registry.Resolve(http.Request.Host.Host);
        if (appliance is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        bool restarting;
        lock (appliance.Sync)
        {
            var now = appliance.Clock.GetUtcNow();
            appliance.Advance(now);
            restarting = appliance.ServicesRestarting(now) || appliance.Faults.UnavailableUntil is { } until && now < until;
        }
        if (restarting)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        XElement? call;
        try
        {
            call = await ReadCallAsync(http);
        }
        catch (XmlException ex)
        {
            // Not a SOAP message at all: a plain client error, not a SOAP fault of the service.
            await WriteAsync(http, StatusCodes.Status400BadRequest, LookupSoap.Fault("Client", "LookupFaultServiceFault", $"The request is not well-formed XML: {ex.Message}"));
            return;
        }
        if (call is null)
        {
            await WriteAsync(http, StatusCodes.Status400BadRequest, LookupSoap.Fault("Client", "LookupFaultServiceFault", "The request has no SOAP Envelope/Body with an operation."));
            return;
        }

        var trust = Convert.ToBase64String(http.RequestServices.GetRequiredService<SimulatorCertificate>().Certificate.RawData);
        var registrations = LookupServiceDirectory.For(SsoDomain.Members(registry, appliance), http.Request.Scheme, http.Connection.LocalPort, trust).ToList();
        // SOAP 1.1 (§6.2) answers every fault of a well-formed call with HTTP 500; clients expect it.
        var (status, answer) = call.Name.LocalName switch
        {
            "RetrieveServiceContent" => (200, LookupSoap.Response("RetrieveServiceContent", LookupSoap.ServiceContent())),
            "GetSiteId" => (200, LookupSoap.Response("GetSiteId", LookupSoap.ReturnValue(SsoDomain.SiteId))),
            "List" => List(call, registrations),
            "Get" => Get(call, registrations),
            var other => (500, LookupSoap.Fault("Client", "LookupFaultServiceFault", $"Unsupported method '{other}'.")),
        };
        await WriteAsync(http, status, answer);
    }

    private static (int, XDocument) List(XElement call, IReadOnlyList<LookupServiceRegistration> registrations)
    {
        var criteria = Child(call, "filterCriteria");
        if (criteria is null)
        {
            // A real PSC rejects a List without a filter; so does vcsim.
            return (500, LookupSoap.Fault("Server", "LookupFaultServiceFault", "Invalid fault"));
        }
        var serviceType = Child(criteria, "serviceType");
        var endpointType = Child(criteria, "endpointType");
        var filter = new LookupServiceFilter(
            Text(criteria, "siteId"), Text(criteria, "nodeId"),
            serviceType is null ? null : Text(serviceType, "product"), serviceType is null ? null : Text(serviceType, "type"),
            endpointType is null ? null : Text(endpointType, "protocol"), endpointType is null ? null : Text(endpointType, "type"));
        return (200, LookupSoap.Response("List", [.. filter.Apply(registrations).Select(LookupSoap.Registration)]));
    }

    private static (int, XDocument) Get(XElement call, IReadOnlyList<LookupServiceRegistration> registrations)
    {
        var id = Text(call, "serviceId");
        var found = registrations.FirstOrDefault(r => string.Equals(r.ServiceId, id, StringComparison.Ordinal));
        return found is null
            ? (500, LookupSoap.Fault("Server", "LookupFaultEntryNotFoundFault", $"Service registration '{id}' was not found.", new XElement(LookupSoap.Lookup + "name", id ?? "")))
            : (200, LookupSoap.Response("Get", LookupSoap.Registration(found)));
    }

    private static async Task<XElement?> ReadCallAsync(HttpContext http)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, Async = true };
        using var reader = XmlReader.Create(http.Request.Body, settings);
        var document = await XDocument.LoadAsync(reader, LoadOptions.None, http.RequestAborted);
        var body = document.Root is { } root && root.Name == LookupSoap.Envelope + "Envelope" ? root.Element(LookupSoap.Envelope + "Body") : null;
        return body?.Elements().FirstOrDefault();
    }

    // Clients differ in how they qualify parameters (urn:lookup or unqualified), so match on local names.
    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string? Text(XElement parent, string name) => Child(parent, name)?.Value.Trim();

    private static async Task WriteAsync(HttpContext http, int status, XDocument document)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/xml; charset=utf-8";
        await using var writer = XmlWriter.Create(http.Response.Body, new XmlWriterSettings { Async = true, Encoding = new System.Text.UTF8Encoding(false) });
        await document.SaveAsync(writer, http.RequestAborted);
    }
}

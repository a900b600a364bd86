using System.Xml.Linq;

namespace VCRunbooks.VCenter.Client.Lookup;

/// <summary>SOAP 1.1 messages of the Lookup Service (namespace urn:lookup, version 2.0).</summary>
internal static class LookupSoapMessages
{
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Lookup = "urn:lookup";

    public static string RetrieveServiceContent() =>
        Envelope(new XElement(Lookup + "RetrieveServiceContent", This("LookupServiceInstance", "ServiceInstance")));

    public static string GetSiteId(string registration) =>
        Envelope(new XElement(Lookup + "GetSiteId", This("LookupServiceRegistration", registration)));

    public static string List(string registration, LookupFilter filter) =>
        Envelope(new XElement(Lookup + "List",
            This("LookupServiceRegistration", registration),
            new XElement(Lookup + "filterCriteria",
                Optional("siteId", filter.SiteId),
                Optional("nodeId", filter.NodeId),
                filter.Product is null && filter.ServiceType is null ? null
                    : new XElement(Lookup + "serviceType", new XElement(Lookup + "product", filter.Product ?? ""), new XElement(Lookup + "type", filter.ServiceType ?? "")),
                filter.EndpointProtocol is null && filter.EndpointType is null ? null
                    : new XElement(Lookup + "endpointType", Optional("protocol", filter.EndpointProtocol), Optional("type", filter.EndpointType)))));

    public static IEnumerable<LookupRegistration> ReadRegistrations(XElement response) =>
        response.Elements().Where(e => e.Name.LocalName == "returnval").Select(r => new LookupRegistration
        {
            ServiceId = Text(r, "serviceId") ?? "",
            SiteId = Text(r, "siteId") ?? "",
            NodeId = Text(r, "nodeId"),
            OwnerId = Text(r, "ownerId"),
            Product = Child(r, "serviceType") is { } type ? Text(type, "product") ?? "" : "",
            ServiceType = Child(r, "serviceType") is { } type2 ? Text(type2, "type") ?? "" : "",
            ServiceVersion = Text(r, "serviceVersion"),
            Attributes = Attributes(r, "serviceAttributes"),
            Endpoints = [.. r.Elements().Where(e => e.Name.LocalName == "serviceEndpoints").Select(e => new LookupEndpoint
            {
                Url = new Uri(Text(e, "url") ?? throw new FormatException("A Lookup Service endpoint has no url.")),
                Protocol = Child(e, "endpointType") is { } et ? Text(et, "protocol") ?? "" : "",
                Type = Child(e, "endpointType") is { } et2 ? Text(et2, "type") ?? "" : "",
                SslTrust = [.. e.Elements().Where(s => s.Name.LocalName == "sslTrust").Select(s => s.Value.Trim())],
                Attributes = Attributes(e, "endpointAttributes"),
            })],
        });

    /// <summary>The first element of the SOAP Body (the response or the Fault).</summary>
    public static XElement Body(XDocument document) =>
        document.Root?.Element(Soap + "Body")?.Elements().FirstOrDefault() ?? throw new FormatException("The answer is not a SOAP envelope.");

    public static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    public static string? Text(XElement parent, string name) => Child(parent, name)?.Value.Trim();

    private static Dictionary<string, string> Attributes(XElement parent, string name) =>
        parent.Elements().Where(e => e.Name.LocalName == name)
            .Select(a => (Key: Text(a, "key") ?? "", Value: Text(a, "value") ?? ""))
            .GroupBy(a => a.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    private static XElement This(string type, string value) => new(Lookup + "_this", new XAttribute("type", type), value);

    private static XElement? Optional(string name, string? value) => string.IsNullOrEmpty(value) ? null : new XElement(Lookup + name, value);

    private static string Envelope(XElement call) =>
        new XDocument(new XElement(Soap + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soapenv", Soap),
            new XAttribute(XNamespace.Xmlns + "lookup", Lookup),
            new XElement(Soap + "Body", call))).ToString(SaveOptions.DisableFormatting);
}

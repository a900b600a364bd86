using System.Net;
using System.Text;
using System.Xml.Linq;
using VCRunbooks.Simulator.Hosting;

namespace VCRunbooks.Simulator.Tests.LookupService;

/// <summary>Posts SOAP 1.1 envelopes to one appliance's /lookupservice/sdk, as the guide's samples do.</summary>
internal sealed class LookupSoapClient(SimulatorHost host, string applianceName) : IDisposable
{
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Lookup = "urn:lookup";

    private readonly HttpClient _http = new() { BaseAddress = host.BaseAddress };

    public async Task<(HttpStatusCode Status, XDocument Body)> CallAsync(XElement operation)
    {
        var envelope = new XDocument(new XElement(Soap + "Envelope", new XElement(Soap + "Body", operation)));
        var (status, text) = await PostRawAsync(envelope.ToString());
        return (status, XDocument.Parse(text));
    }

    public async Task<(HttpStatusCode Status, string Text)> PostRawAsync(string xml)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/lookupservice/sdk")
        {
            Content = new StringContent(xml, Encoding.UTF8, "text/xml"),
        };
        request.Headers.Host = applianceName;
        request.Headers.Add("SOAPAction", "urn:lookup/2.0");
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static XElement This(string type, string value) => new(Lookup + "_this", new XAttribute("type", type), value);

    public static XElement List(string? product = null, string? type = null, string? protocol = null, string? endpointType = null, string? nodeId = null) =>
        new(Lookup + "List",
            This("LookupServiceRegistration", "ServiceRegistration"),
            new XElement(Lookup + "filterCriteria",
                nodeId is null ? null : new XElement(Lookup + "nodeId", nodeId),
                new XElement(Lookup + "serviceType", new XElement(Lookup + "product", product ?? ""), new XElement(Lookup + "type", type ?? "")),
                new XElement(Lookup + "endpointType", new XElement(Lookup + "protocol", protocol ?? ""), new XElement(Lookup + "type", endpointType ?? ""))));

    /// <summary>The returnval elements of a response.</summary>
    public static IReadOnlyList<XElement> Returns(XDocument body) => [.. body.Descendants(Lookup + "returnval")];

    public static string? Value(XElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            current = current?.Element(Lookup + name);
        }
        return current?.Value;
    }

    public void Dispose() => _http.Dispose();
}

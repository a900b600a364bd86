using System.Xml.Linq;

namespace VCRunbooks.Simulator.LookupService;

/// <summary>Writes the Lookup Service's SOAP 1.1 answers (namespace <c>urn:lookup</c>, element order of lookup.wsdl).</summary>
internal static class LookupSoap
{
    public static readonly XNamespace Envelope = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Lookup = "urn:lookup";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static XDocument Response(string operation, params object[] returnValues) =>
        Wrap(new XElement(Lookup + (operation + "Response"), returnValues));

    public static XElement ReturnValue(params object[] content) => new(Lookup + "returnval", content);

    public static XElement MoRef(string name, string type, string value) =>
        new(Lookup + name, new XAttribute("type", type), value);

    public static XElement ServiceContent() => ReturnValue(
        MoRef("lookupService", "LookupLookupService", "lookupService"),
        MoRef("serviceRegistration", "LookupServiceRegistration", "ServiceRegistration"),
        MoRef("deploymentInformationService", "LookupDeploymentInformationService", "deploymentInformationService"),
        MoRef("l10n", "LookupL10n", "l10n"));

    public static XElement Registration(LookupServiceRegistration r) => ReturnValue(RegistrationContent(r));

    private static object[] RegistrationContent(LookupServiceRegistration r) =>
    [
        new XElement(Lookup + "serviceVersion", r.Version),
        new XElement(Lookup + "vendorNameResourceKey", "com.vmware.vendor"),
        new XElement(Lookup + "vendorNameDefault", "VMware, Inc."),
        r.Endpoints.Select(e => new XElement(Lookup + "serviceEndpoints",
            new XElement(Lookup + "url", e.Url),
            new XElement(Lookup + "endpointType", new XElement(Lookup + "protocol", e.Protocol), new XElement(Lookup + "type", e.Type)),
            e.SslTrust is null ? null : new XElement(Lookup + "sslTrust", e.SslTrust),
            Attributes("endpointAttributes", e.Attributes))),
        Attributes("serviceAttributes", r.Attributes),
        new XElement(Lookup + "serviceNameResourceKey", r.NameKey),
        new XElement(Lookup + "ownerId", r.OwnerId),
        new XElement(Lookup + "serviceType", new XElement(Lookup + "product", r.Product), new XElement(Lookup + "type", r.Type)),
        new XElement(Lookup + "nodeId", r.NodeId),
        new XElement(Lookup + "serviceId", r.ServiceId),
        new XElement(Lookup + "siteId", r.SiteId),
    ];

    private static IEnumerable<XElement> Attributes(string name, IReadOnlyDictionary<string, string> attributes) =>
        attributes.Select(a => new XElement(Lookup + name, new XElement(Lookup + "key", a.Key), new XElement(Lookup + "value", a.Value)));

    /// <summary>A SOAP fault carrying a lookup fault (LookupFaultServiceFault, LookupFaultEntryNotFoundFault, ...).</summary>
    public static XDocument Fault(string faultCode, string faultType, string message, params XElement[] fields) =>
        Wrap(new XElement(Envelope + "Fault",
            new XElement("faultcode", "soapenv:" + faultCode),
            new XElement("faultstring", message),
            new XElement("detail",
                new XElement(Lookup + (faultType + "Fault"),
                    new XAttribute(Xsi + "type", faultType),
                    new XElement(Lookup + "errorMessage", message),
                    fields))));

    private static XDocument Wrap(XElement body) =>
        new(new XElement(Envelope + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soapenv", Envelope),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Envelope + "Body", body)));
}

using System.Net;
using System.Xml;
using System.Xml.Linq;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Transport;

namespace VCRunbooks.VCenter.Client.Lookup;

internal sealed class LookupServiceClient(ClientContext context) : ILookupServiceClient
{
    private const string InstanceNameKey = "com.vmware.vim.vcenter.instanceName";
    private string? _registration;

    public async Task<IReadOnlyList<LookupRegistration>> ListAsync(LookupFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var registration = await RegistrationAsync(cancellationToken);
        var response = await CallAsync("List", LookupSoapMessages.List(registration, filter), cancellationToken);
        return [.. LookupSoapMessages.ReadRegistrations(response)];
    }

    public async Task<string> GetSiteIdAsync(CancellationToken cancellationToken = default)
    {
        var registration = await RegistrationAsync(cancellationToken);
        var response = await CallAsync("GetSiteId", LookupSoapMessages.GetSiteId(registration), cancellationToken);
        return LookupSoapMessages.Text(response, "returnval") ?? "";
    }

    public async Task<Uri> FindVapiEndpointAsync(string instanceName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(instanceName))
        {
            throw new ArgumentException("The instance name must not be empty.", nameof(instanceName));
        }
        // As the guide does: the vCenter Server registration names the node; the node's cs.vapi registration has the URL.
        var servers = await ListAsync(LookupFilter.VCenterServers(), cancellationToken);
        var node = servers.FirstOrDefault(s => s.Attributes.TryGetValue(InstanceNameKey, out var name) && string.Equals(name, instanceName, StringComparison.OrdinalIgnoreCase))
            ?? throw new VCenterException($"No vCenter Server named '{instanceName}' is registered in the Lookup Service (found: {string.Join(", ", servers.Select(s => s.Attributes.GetValueOrDefault(InstanceNameKey)))}).",
                VCRunbooks.VCenter.Errors.ErrorType.NotFound, null, [], isTransient: false);
        var vapi = await ListAsync(LookupFilter.VapiEndpoint(node.NodeId), cancellationToken);
        return vapi.SelectMany(r => r.Endpoints).Select(e => e.Url).FirstOrDefault()
            ?? throw new VCenterException($"Node '{instanceName}' ({node.NodeId}) has no vAPI endpoint registered.",
                VCRunbooks.VCenter.Errors.ErrorType.NotFound, null, [], isTransient: false);
    }

    private async Task<string> RegistrationAsync(CancellationToken cancellationToken)
    {
        if (_registration is { } known)
        {
            return known;
        }
        var content = await CallAsync("RetrieveServiceContent", LookupSoapMessages.RetrieveServiceContent(), cancellationToken);
        var returnValue = LookupSoapMessages.Child(content, "returnval") ?? throw new VCenterException("The Lookup Service sent no service content.");
        return _registration = LookupSoapMessages.Text(returnValue, "serviceRegistration") ?? throw new VCenterException("The Lookup Service named no service registration.");
    }

    private async Task<XElement> CallAsync(string operation, string envelope, CancellationToken cancellationToken)
    {
        var (status, body) = await context.Transport.SendSoapAsync("/lookupservice/sdk", envelope, cancellationToken);
        XElement answer;
        try
        {
            answer = LookupSoapMessages.Body(XDocument.Parse(body));
        }
        catch (Exception ex) when (ex is XmlException or FormatException)
        {
            throw new VCenterException($"Lookup Service {operation}: HTTP {(int)status}, not a SOAP answer.", null, status, [],
                isTransient: status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout, ex);
        }
        if (answer.Name.LocalName == "Fault")
        {
            var fault = LookupSoapMessages.Child(answer, "detail")?.Elements().FirstOrDefault()?.Name.LocalName ?? "fault";
            throw new VCenterException($"Lookup Service {operation} failed ({fault}): {LookupSoapMessages.Text(answer, "faultstring")}",
                fault.Contains("NotFound", StringComparison.Ordinal) ? VCRunbooks.VCenter.Errors.ErrorType.NotFound : VCRunbooks.VCenter.Errors.ErrorType.Error,
                status, [], isTransient: false);
        }
        return answer;
    }
}

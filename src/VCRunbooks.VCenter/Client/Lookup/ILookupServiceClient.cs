namespace VCRunbooks.VCenter.Client.Lookup;

/// <summary>The Lookup Service (SOAP, <c>/lookupservice/sdk</c>): where each node's services listen.</summary>
public interface ILookupServiceClient
{
    /// <summary>The registrations matching <paramref name="filter"/> (SOAP <c>List</c>); an endpoint criterion also drops the endpoints that do not match.</summary>
    Task<IReadOnlyList<LookupRegistration>> ListAsync(LookupFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The SSO site this Lookup Service belongs to (SOAP <c>GetSiteId</c>).</summary>
    Task<string> GetSiteIdAsync(CancellationToken cancellationToken = default);

    /// <summary>The vAPI endpoint URL of the vCenter Server whose instance name is <paramref name="instanceName"/> (guide ch. 2); <see cref="Errors.VCenterException"/> with NOT_FOUND when no such node or endpoint is registered.</summary>
    Task<Uri> FindVapiEndpointAsync(string instanceName, CancellationToken cancellationToken = default);
}

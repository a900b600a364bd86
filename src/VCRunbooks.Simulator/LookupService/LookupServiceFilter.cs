namespace VCRunbooks.Simulator.LookupService;

/// <summary>
/// LookupServiceRegistrationFilter: every field that is absent or empty is a wildcard. An endpoint criterion
/// also trims each matching registration to its matching endpoints and drops registrations left with none.
/// </summary>
internal sealed record LookupServiceFilter(string? SiteId, string? NodeId, string? Product, string? ServiceType, string? Protocol, string? EndpointType)
{
    public IEnumerable<LookupServiceRegistration> Apply(IEnumerable<LookupServiceRegistration> registrations)
    {
        foreach (var registration in registrations)
        {
            if (!Matches(SiteId, registration.SiteId) || !Matches(NodeId, registration.NodeId)
                || !Matches(Product, registration.Product) || !Matches(ServiceType, registration.Type))
            {
                continue;
            }
            if (string.IsNullOrEmpty(Protocol) && string.IsNullOrEmpty(EndpointType))
            {
                yield return registration;
                continue;
            }
            var endpoints = registration.Endpoints.Where(e => Matches(Protocol, e.Protocol) && Matches(EndpointType, e.Type)).ToList();
            if (endpoints.Count > 0)
            {
                yield return registration with { Endpoints = endpoints };
            }
        }
    }

    private static bool Matches(string? wanted, string actual) =>
        string.IsNullOrEmpty(wanted) || string.Equals(wanted, actual, StringComparison.Ordinal);
}

namespace VCRunbooks.Simulator.Tests.Conformance;

/// <summary>
/// Operations the programming guide documents but no spec file has (reference §8, §14): the simulator serves
/// them as the guide shows, and conformance checks skip their bodies.
/// </summary>
public static class GuideOnlyOperations
{
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.Ordinal)
    {
        "GET /api/appliance/update/pending/{version}/requirements",
        "GET /api/appliance/task/{id}",
    };
}

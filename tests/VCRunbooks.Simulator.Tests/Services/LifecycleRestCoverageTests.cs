using VCRunbooks.Simulator.Hosting;
using VCRunbooks.Simulator.Tests.Conformance;

namespace VCRunbooks.Simulator.Tests.Services;

/// <summary>The lifecycle families serve every /rest operation the spec has for them, not only the /api ones.</summary>
public sealed class LifecycleRestCoverageTests
{
    public static readonly TheoryData<string> Families =
    [
        "/rest/vcenter/deployment",
        "/rest/appliance/update",
        "/rest/appliance/health",
        "/rest/appliance/services",
        "/rest/vcenter/services",
        "/rest/appliance/system/version",
        "/rest/appliance/shutdown",
    ];

    [Theory]
    [MemberData(nameof(Families))]
    public void Family_EveryRestOperation_IsServed(string prefix)
    {
        var served = SimulatorServiceCollectionExtensions.BuildRouteTable().Operations
            .Where(o => o.Rest is not null)
            .Select(o => $"{o.RestMethod ?? o.Method} {o.Rest}")
            .ToHashSet(StringComparer.Ordinal);

        var missing = SwaggerSpec.Instance.Operations
            .Where(o => o.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(o => $"{o.Method} {o.Key}")
            .Where(key => !served.Contains(key))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, $"Spec /rest operations under {prefix} that the simulator does not serve:\n" + string.Join("\n", missing));
    }
}

using VCRunbooks.Simulator.Hosting;

namespace VCRunbooks.Simulator.Tests.Conformance;

/// <summary>Every spec operation of the families the simulator claims to serve is served, in its /api form.</summary>
public sealed class SpecCoverageTests
{
    /// <summary>The families of the guide the simulator serves (README lists them), by /api path prefix.</summary>
    public static readonly TheoryData<string> Families =
    [
        "/api/session",
        "/api/cis/tasks",
        "/api/appliance/recovery",
        "/api/vcenter/deployment",
        "/api/appliance/update",
        "/api/appliance/health",
        "/api/appliance/system/version",
        "/api/appliance/services",
        "/api/vcenter/services",
        "/api/appliance/monitoring",
        "/api/vcenter/lcm",
        "/api/appliance/logging/forwarding",
        "/api/appliance/support-bundle",
        "/api/appliance/infraprofile",
        "/api/appliance/system/global-fips",
        "/api/vcenter/identity/providers",
        "/api/vcenter/topology",
        "/api/vcenter/system-config",
    ];

    [Theory]
    [MemberData(nameof(Families))]
    public void Family_EverySpecOperation_IsServed(string prefix)
    {
        var served = SimulatorServiceCollectionExtensions.BuildRouteTable().Operations
            .Select(o => $"{o.Method} {o.Api}")
            .ToHashSet(StringComparer.Ordinal);

        var missing = SwaggerSpec.Instance.Operations
            .Where(o => o.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(o => $"{o.Method} {o.Key}")
            .Where(key => !served.Contains(key))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, $"Spec operations under {prefix} that the simulator does not serve:\n" + string.Join("\n", missing));
    }
}

using VCRunbooks.Simulator.Hosting;
using VCRunbooks.Simulator.Vapi;

namespace VCRunbooks.Simulator.Tests.Conformance;

/// <summary>Static checks of the simulator's operation table against the spec files.</summary>
public sealed class OperationCatalogTests
{
    private static readonly VapiRouteTable Routes = SimulatorServiceCollectionExtensions.BuildRouteTable();

    [Fact]
    public void EveryApiOperation_ExistsInTheSpecOrTheGuide()
    {
        var missing = Routes.Operations
            .Where(o => SwaggerSpec.Instance.FindByKey(o.Method, o.Api) is null && !GuideOnlyOperations.Keys.Contains($"{o.Method} {o.Api}"))
            .Select(o => $"{o.Method} {o.Api}")
            .ToList();

        Assert.True(missing.Count == 0, "Operations the spec does not have:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void EveryRestOperation_ExistsInTheSpec()
    {
        var missing = Routes.Operations
            .Where(o => o.Rest is not null && SwaggerSpec.Instance.FindByKey(o.RestMethod ?? o.Method, o.Rest) is null)
            .Select(o => $"{o.RestMethod ?? o.Method} {o.Rest}")
            .ToList();

        Assert.True(missing.Count == 0, "/rest operations the spec does not have:\n" + string.Join("\n", missing));
    }
}

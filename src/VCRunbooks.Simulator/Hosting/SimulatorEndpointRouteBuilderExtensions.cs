using VCRunbooks.Simulator.Control;
using VCRunbooks.Simulator.Vapi;

namespace VCRunbooks.Simulator.Hosting;

/// <summary>Maps the simulated vCenter APIs (/api, /rest) and the control API (/simulator).</summary>
public static class SimulatorEndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>/api/**</c> and <c>/rest/**</c> to the simulated operations, the <c>/simulator</c> control API, and the families' own endpoints (the Lookup Service SOAP endpoint); needs <see cref="SimulatorServiceCollectionExtensions.AddVCenterSimulator"/>.</summary>
    public static IEndpointRouteBuilder MapVCenterSimulator(this IEndpointRouteBuilder endpoints)
    {
        static Task Dispatch(HttpContext http) => http.RequestServices.GetRequiredService<VapiDispatcher>().HandleAsync(http);
        endpoints.Map("/api/{**path}", Dispatch).ExcludeFromDescription();
        endpoints.Map("/rest/{**path}", Dispatch).ExcludeFromDescription();
        endpoints.MapSimulatorControlApi(SimulatorServiceCollectionExtensions.Discover<IControlModule>());
        foreach (var module in SimulatorServiceCollectionExtensions.Discover<IEndpointModule>())
        {
            module.Map(endpoints);
        }
        return endpoints;
    }
}

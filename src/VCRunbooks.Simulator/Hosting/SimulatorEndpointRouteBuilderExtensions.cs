using VCRunbooks.Simulator.Control;
using VCRunbooks.Simulator.Vapi;

namespace VCRunbooks.Simulator.Hosting;

/// <summary>Maps the simulated vCenter APIs (/api, /rest) and the control API (/simulator).</summary>
public static class SimulatorEndpointRouteBuilderExtensions
{
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

using VCRunbooks.Simulator.Control;

namespace VCRunbooks.Simulator.Lifecycle;

/// <summary>
/// <c>POST /simulator/appliances/{name}/lcm/discovered-products</c> {name, version, deployments}: vCenter discovers a
/// product deployment (auto = true; the API cannot change or remove it). Any name and version are accepted, so a
/// scenario can put a product the interoperability matrix does not know in the way of an update.
/// </summary>
internal sealed class LcmControlModule : IControlModule
{
    public void Map(IEndpointRouteBuilder appliance) =>
        appliance.MapPost("/lcm/discovered-products", (DiscoveredProductRequest request, HttpContext http) =>
        {
            if (string.IsNullOrWhiteSpace(request.Name) || string.IsNullOrWhiteSpace(request.Version))
            {
                return Results.Problem("name and version are required.", statusCode: 400);
            }
            var node = ControlApi.Appliance(http)!;
            lock (node.Sync)
            {
                node.Feature<LcmState>().AddDiscovered(request.Name, request.Version, request.Deployments ?? []);
            }
            return Results.NoContent();
        }).WithName("AddDiscoveredProduct");
}

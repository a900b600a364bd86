using VCRunbooks.Simulator.Control;

namespace VCRunbooks.Simulator.Topology;

/// <summary>
/// <c>POST /simulator/appliances/{name}/topology/partner-reachability</c> {partner, reachable}: the node stops
/// (or resumes) reaching one of its replication partners; <c>GET .../topology</c> shows the unreachable ones.
/// </summary>
internal sealed class TopologyControlModule : IControlModule
{
    public void Map(IEndpointRouteBuilder appliance)
    {
        appliance.MapGet("/topology", (HttpContext http) =>
            new { unreachablePartners = ControlApi.Appliance(http)!.Feature<TopologyState>().UnreachablePartners.Order(StringComparer.Ordinal) })
            .WithName("GetTopologyState");
        appliance.MapPost("/topology/partner-reachability", (PartnerReachabilityRequest request, HttpContext http) =>
        {
            var node = ControlApi.Appliance(http)!;
            if (string.IsNullOrWhiteSpace(request.Partner))
            {
                return Results.Problem("partner is required.", statusCode: 400);
            }
            var partners = SsoDomain.Members(http, node).Where(a => a != node);
            if (!partners.Any(p => string.Equals(p.Name, request.Partner, StringComparison.OrdinalIgnoreCase)))
            {
                return Results.Problem($"'{request.Partner}' is not a replication partner of '{node.Name}'.", statusCode: 404);
            }
            node.Feature<TopologyState>().SetReachable(request.Partner, request.Reachable);
            return Results.NoContent();
        }).WithName("SetPartnerReachability");
    }
}

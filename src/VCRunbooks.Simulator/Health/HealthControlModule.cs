using VCRunbooks.Simulator.Control;
using VCRunbooks.VCenter.Health;

namespace VCRunbooks.Simulator.Health;

/// <summary>Health scenarios: PUT /simulator/appliances/{name}/health/{item} sets a sub-item's level.</summary>
internal sealed class HealthControlModule : IControlModule
{
    public void Map(IEndpointRouteBuilder appliance) =>
        appliance.MapPut("/health/{item}", (string item, HealthLevelRequest request, HttpContext http) =>
        {
            if (!HealthFeature.IsItem(item))
            {
                return Results.Problem($"'{item}' is not a health item; use one of {string.Join(", ", HealthFeature.Items)}.", statusCode: 404);
            }
            if (!Enum.TryParse<HealthLevel>(request.Level, ignoreCase: true, out var level) || int.TryParse(request.Level, out _))
            {
                return Results.Problem("level must be green, gray, yellow, orange or red.", statusCode: 400);
            }
            var target = ControlApi.Appliance(http)!;
            lock (target.Sync)
            {
                target.Feature<HealthFeature>().Set(item, level, request.Message);
            }
            return Results.NoContent();
        }).WithName("SetHealthLevel");
}

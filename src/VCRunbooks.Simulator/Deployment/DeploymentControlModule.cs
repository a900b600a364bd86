using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Control;

namespace VCRunbooks.Simulator.Deployment;

/// <summary>
/// Stage-2 scenarios: machines the appliance can reach (upgrade sources, replication partners) and the version an
/// upgrade or migration installs.
/// </summary>
internal sealed class DeploymentControlModule : IControlModule
{
    public void Map(IEndpointRouteBuilder appliance)
    {
        appliance.MapGet("/deployment/sources", (HttpContext http) => Locked(http, f => Results.Ok(f.Sources.Values.ToList())))
            .WithName("ListDeploymentSources");
        appliance.MapPost("/deployment/sources", (UpgradeSource source, HttpContext http) =>
        {
            if (string.IsNullOrWhiteSpace(source.Hostname))
            {
                return Results.Problem("hostname is required.", statusCode: 400);
            }
            return Locked(http, f =>
            {
                f.Sources[source.Hostname] = source;
                return Results.NoContent();
            });
        }).WithName("AddDeploymentSource");
        appliance.MapPut("/deployment/target-version", (TargetVersionRequest request, HttpContext http) =>
        {
            if (string.IsNullOrWhiteSpace(request.Version) || !System.Version.TryParse(request.Version, out _))
            {
                return Results.Problem("version must look like 8.0.2.00300.", statusCode: 400);
            }
            return Locked(http, f =>
            {
                f.UpgradeTargetVersion = request.Version;
                return Results.NoContent();
            });
        }).WithName("SetUpgradeTargetVersion");
    }

    private static IResult Locked(HttpContext http, Func<DeploymentFeature, IResult> action)
    {
        var appliance = ControlApi.Appliance(http)!;
        lock (appliance.Sync)
        {
            appliance.Advance(appliance.Clock.GetUtcNow());
            return action(appliance.Feature<DeploymentFeature>());
        }
    }
}

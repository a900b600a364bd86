using VCRunbooks.Simulator.Control;

namespace VCRunbooks.Simulator.Update;

/// <summary>Update scenarios: offer a version in the default repository or in a custom one (by URL).</summary>
internal sealed class UpdateControlModule : IControlModule
{
    public void Map(IEndpointRouteBuilder appliance) =>
        appliance.MapPost("/update/pending", (OfferUpdateRequest request, HttpContext http) =>
        {
            if (string.IsNullOrWhiteSpace(request.Version) || !System.Version.TryParse(request.Version, out _))
            {
                return Results.Problem("version must look like 8.0.2.00200.", statusCode: 400);
            }
            var target = ControlApi.Appliance(http)!;
            lock (target.Sync)
            {
                target.Feature<UpdateFeature>().Offer(request.Version, string.IsNullOrEmpty(request.Url) ? null : request.Url);
            }
            return Results.NoContent();
        }).WithName("OfferUpdate");
}

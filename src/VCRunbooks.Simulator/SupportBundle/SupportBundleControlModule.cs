using VCRunbooks.Simulator.Control;

namespace VCRunbooks.Simulator.SupportBundle;

/// <summary><c>POST /simulator/appliances/{name}/support-bundle/fail-next</c> {reason}: the next bundle fails.</summary>
internal sealed class SupportBundleControlModule : IControlModule
{
    public void Map(IEndpointRouteBuilder appliance) =>
        appliance.MapPost("/support-bundle/fail-next", (SupportBundleFailRequest request, HttpContext http) =>
        {
            var node = ControlApi.Appliance(http)!;
            lock (node.Sync)
            {
                node.Feature<SupportBundleState>().FailNextReason = string.IsNullOrWhiteSpace(request.Reason)
                    ? "Not enough space on the target partition to write the support bundle."
                    : request.Reason;
            }
            return Results.NoContent();
        }).WithName("FailNextSupportBundle");
}

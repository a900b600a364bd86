using VCRunbooks.Simulator.Control;

namespace VCRunbooks.Simulator.Logging;

/// <summary>
/// <c>POST /simulator/appliances/{name}/syslog/hosts</c> {hostname, up}: a remote syslog host goes down (or comes
/// back); forwarding tests report TCP/TLS connections to it DOWN.
/// </summary>
internal sealed class SyslogControlModule : IControlModule
{
    public void Map(IEndpointRouteBuilder appliance) =>
        appliance.MapPost("/syslog/hosts", (SyslogHostRequest request, HttpContext http) =>
        {
            if (string.IsNullOrWhiteSpace(request.Hostname))
            {
                return Results.Problem("hostname is required.", statusCode: 400);
            }
            var node = ControlApi.Appliance(http)!;
            lock (node.Sync)
            {
                var state = node.Feature<SyslogForwardingState>();
                state.DownHosts = request.Up ? state.DownHosts.Remove(request.Hostname) : state.DownHosts.Add(request.Hostname);
            }
            return Results.NoContent();
        }).WithName("SetSyslogHostState");
}

using VCRunbooks.Simulator.RestForms;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Services;

namespace VCRunbooks.Simulator.Services;

/// <summary>
/// Appliance services (/api/appliance/services, management side) and vCenter services (/api/vcenter/services):
/// list, get, start, stop, restart; vCenter services also change their startup type. The reads stay answerable
/// during a services restart so callers can watch the services come back.
/// </summary>
internal sealed class ServicesModule : IVapiModule
{
    public void Map(VapiRouteTable routes)
    {
        routes.Add(Read("/appliance/services", Side.Management, c =>
        {
            var f = Feature(c);
            var all = f.ApplianceServices.Values.ToDictionary(s => s.Id, s => f.ApplianceInfo(s, c.Now), StringComparer.Ordinal);
            return VapiResult.Ok(c.IsRest ? RestMaps.AsPairs(all, "") : all);
        }));
        routes.Add(Read("/appliance/services/{service}", Side.Management, c => VapiResult.Ok(Feature(c).ApplianceInfo(Feature(c).FindAppliance(c.Route("service")), c.Now))));
        routes.Add(Read("/vcenter/services", Side.Sso, c =>
        {
            var f = Feature(c);
            var all = f.VCenterServices.Values.ToDictionary(s => s.Id, s => f.VCenterInfo(s, c.Now), StringComparer.Ordinal);
            return VapiResult.Ok(c.IsRest ? RestMaps.AsPairs(all, "") : all);
        }));
        routes.Add(Read("/vcenter/services/{service}", Side.Sso, c => VapiResult.Ok(Feature(c).VCenterInfo(Feature(c).FindVCenter(c.Route("service")), c.Now))));
        routes.Add(new VapiOperation
        {
            Method = "PATCH", Api = "/api/vcenter/services/{service}", Rest = "/rest/vcenter/services/{service}", RestBody = "spec",
            Access = Access.Write, Handler = c =>
            {
                var service = Feature(c).FindVCenter(c.Route("service"));
                var spec = c.Body<ServiceUpdateSpec>();
                if (spec.StartupType is { } startup)
                {
                    service.Startup = startup;
                }
                return VapiResult.NoContent();
            },
        });
        foreach (var action in new[] { "start", "stop", "restart" })
        {
            routes.Add(Act("/appliance/services/{service}", action, Side.Management, c => Feature(c).FindAppliance(c.Route("service"))));
            routes.Add(Act("/vcenter/services/{service}", action, Side.Sso, c => Feature(c).FindVCenter(c.Route("service"))));
        }
    }

    private static ServicesFeature Feature(VapiContext context) => context.Appliance.Feature<ServicesFeature>();

    private static VapiOperation Read(string path, Side side, Func<VapiContext, VapiResult> handler) => new()
    {
        Method = "GET", Api = "/api" + path, Rest = "/rest" + path, Access = Access.Read, Side = side, AvailableDuringRestart = true, Handler = handler,
    };

    private static VapiOperation Act(string path, string action, Side side, Func<VapiContext, SimulatedService> find) => new()
    {
        Method = "POST", Api = $"/api{path}?action={action}", Rest = $"/rest{path}/{action}", Access = Access.Write, Side = side,
        Handler = c =>
        {
            var service = find(c);
            if (service.Begin(action, c.Now))
            {
                c.Appliance.Ledger.Record(c.Now, $"service.{action}", service.Id);
            }
            return VapiResult.NoContent();
        },
    };
}

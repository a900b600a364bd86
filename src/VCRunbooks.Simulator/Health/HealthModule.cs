using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Health;

namespace VCRunbooks.Simulator.Health;

/// <summary>
/// Appliance health (guide chapter 6): the composite system level, each sub-item, lastcheck, messages, database
/// health and the health check settings. Served by applmgmt, so it answers while the services restart.
/// </summary>
internal sealed class HealthModule : IVapiModule
{
    public void Map(VapiRouteTable routes)
    {
        Get(routes, "/appliance/health/system", c => VapiResult.Ok(Feature(c).System(c.Now)));
        Get(routes, "/appliance/health/system/lastcheck", c => VapiResult.Ok(Feature(c).LastCheck(c.Now)));
        foreach (var item in HealthFeature.Items)
        {
            // applmgmt answers a plain string; the others a HealthLevel: the same lowercase words.
            Get(routes, "/appliance/health/" + item, c => VapiResult.Ok(HealthFeature.Wire(Feature(c).Level(item, c.Now))));
        }
        Get(routes, "/appliance/health/database", c => VapiResult.Ok(Feature(c).Database(c.Now)));
        Get(routes, "/appliance/health/{item}/messages", Messages);
        Get(routes, "/appliance/health/settings", c => VapiResult.Ok(Feature(c).Settings));
        routes.Add(new VapiOperation
        {
            Method = "PATCH", Api = "/api/appliance/health/settings", Rest = "/rest/appliance/health/settings", RestBody = "health_settings",
            Access = Access.Write, Side = Side.Management, AvailableDuringRestart = true,
            Handler = c =>
            {
                var update = c.Body<HealthCheckSettingsUpdate>();
                var feature = Feature(c);
                feature.Settings = new HealthCheckSettings
                {
                    DbHealthCheckStateManualBackup = update.DbHealthCheckStateManualBackup ?? feature.Settings.DbHealthCheckStateManualBackup,
                    DbHealthCheckStateScheduledBackup = update.DbHealthCheckStateScheduledBackup ?? feature.Settings.DbHealthCheckStateScheduledBackup,
                };
                return VapiResult.NoContent();
            },
        });
    }

    private static HealthFeature Feature(VapiContext context) => context.Appliance.Feature<HealthFeature>();

    private static void Get(VapiRouteTable routes, string path, Func<VapiContext, VapiResult> handler) =>
        routes.Add(new VapiOperation
        {
            Method = "GET", Api = "/api" + path, Rest = "/rest" + path,
            Access = Access.Read, Side = Side.Management, AvailableDuringRestart = true, Handler = handler,
        });

    private static VapiResult Messages(VapiContext context)
    {
        var raw = context.Route("item");
        // Item ids are accepted with or without the hyphen (softwarepackages, software-packages).
        var item = raw == "system" ? raw : HealthFeature.Items.FirstOrDefault(i => i == raw || i.Replace("-", "", StringComparison.Ordinal) == raw)
            ?? throw VapiException.NotFound("Health item", raw);
        return VapiResult.Ok(Feature(context).Messages(item, context.Now));
    }
}

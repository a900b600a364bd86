using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Fips;

namespace VCRunbooks.Simulator.Fips;

/// <summary>appliance.system.security.GlobalFips: get, and set (which reboots the appliance when the mode changes).</summary>
internal sealed class GlobalFipsModule : IVapiModule
{
    private const string Path = "/api/appliance/system/global-fips";

    public void Map(VapiRouteTable routes)
    {
        routes.Get(Path, null, Access.Read, c => VapiResult.Ok(new GlobalFipsInfo { Enabled = c.Appliance.Feature<GlobalFipsState>().Enabled }), Side.Management);
        routes.Add(new VapiOperation { Method = "PUT", Api = Path, Access = Access.Manage, Side = Side.Management, Handler = Set });
    }

    private static VapiResult Set(VapiContext context)
    {
        var spec = context.Body<GlobalFipsUpdateSpec>();
        var state = context.Appliance.Feature<GlobalFipsState>();
        if (spec.Enabled is not { } enabled || enabled == state.Enabled)
        {
            return VapiResult.NoContent();
        }
        var appliance = context.Appliance;
        state.Enabled = enabled;
        appliance.Ledger.Record(context.Now, "fips.changed", appliance.Name, enabled ? "enabled" : "disabled");
        appliance.Ledger.Record(context.Now, "appliance.reboot", appliance.Name, "global FIPS mode changed");
        // The answer goes out before the reboot starts; every later call waits for the services to come back.
        appliance.ServicesRestartingUntil = context.Now + GlobalFipsState.RebootDuration;
        appliance.Sessions.ExpireAll();
        return VapiResult.NoContent();
    }
}

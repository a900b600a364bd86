using System.Globalization;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.SystemInfo;

namespace VCRunbooks.Simulator.SystemInfo;

/// <summary>System version and shutdown (reboot, power-off, cancel) on the management side.</summary>
internal sealed class SystemModule : IVapiModule
{
    public void Map(VapiRouteTable routes)
    {
        routes.Add(new VapiOperation
        {
            Method = "GET", Api = "/api/appliance/system/version", Rest = "/rest/appliance/system/version",
            Access = Access.Read, Side = Side.Management, Handler = c => VapiResult.Ok(Version(c.Appliance)),
        });
        routes.Add(new VapiOperation
        {
            Method = "GET", Api = "/api/appliance/shutdown", Rest = "/rest/appliance/shutdown",
            Access = Access.Read, Side = Side.Management, Handler = c => VapiResult.Ok(Shutdown(c).Config()),
        });
        foreach (var action in new[] { "reboot", "poweroff" })
        {
            routes.Add(new VapiOperation
            {
                Method = "POST", Api = $"/api/appliance/shutdown?action={action}", Rest = $"/rest/appliance/shutdown/{action}",
                Access = Access.Write, Side = Side.Management,
                Handler = c =>
                {
                    Shutdown(c).Schedule(action, c.Body<ShutdownRequest>(), c.Now);
                    return VapiResult.NoContent();
                },
            });
        }
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = "/api/appliance/shutdown?action=cancel", Rest = "/rest/appliance/shutdown/cancel",
            Access = Access.Write, Side = Side.Management, Handler = c => { Shutdown(c).Cancel(); return VapiResult.NoContent(); },
        });
    }

    private static ShutdownFeature Shutdown(VapiContext context) => context.Appliance.Feature<ShutdownFeature>();

    /// <summary>summary and releasedate are empty for an unpatched (GA, patch level 00000) version.</summary>
    public static SystemVersion Version(Appliance appliance)
    {
        var release = VersionCatalog.Find(appliance.Version);
        var patched = !appliance.Version.EndsWith(".00000", StringComparison.Ordinal);
        var installed = appliance.InstallTime == default ? appliance.CreatedAt : appliance.InstallTime;
        return new SystemVersion
        {
            Version = appliance.Version,
            Product = "VMware vCenter Server",
            Build = appliance.Build,
            Type = "vCenter Server with an embedded Platform Services Controller",
            Summary = patched ? release.Name : "",
            Releasedate = patched ? release.ReleaseDate.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) : "",
            InstallTime = installed.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
    }
}

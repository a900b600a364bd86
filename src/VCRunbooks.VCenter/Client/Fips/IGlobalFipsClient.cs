using VCRunbooks.VCenter.Fips;

namespace VCRunbooks.VCenter.Client.Fips;

/// <summary>FIPS 140 mode of the appliance (appliance.system.global_fips, /api only, management side).</summary>
public interface IGlobalFipsClient
{
    /// <summary>Whether global FIPS mode is on (<c>GET /api/appliance/system/global-fips</c>).</summary>
    Task<GlobalFipsInfo> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Turns FIPS mode on or off (<c>PUT /api/appliance/system/global-fips</c>); the appliance reboots to apply it.</summary>
    Task SetAsync(bool enabled, CancellationToken cancellationToken = default);
}

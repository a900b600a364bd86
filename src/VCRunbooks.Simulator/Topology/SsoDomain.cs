using System.Security.Cryptography;
using System.Text;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Simulator.Topology;

/// <summary>
/// The appliances of one SSO domain. Every appliance of the simulator is one embedded node; the appliances
/// created with the same <see cref="ApplianceSpec.SsoDomain"/> form one Enhanced Linked Mode group in one site.
/// </summary>
internal static class SsoDomain
{
    /// <summary>The Lookup Service site of every simulated domain (the vSphere default site name).</summary>
    public const string SiteId = "default-first-site";

    /// <summary>
    /// The nodes of <paramref name="appliance"/>'s domain, itself included, oldest first. An appliance that has not
    /// finished stage 2 (not CONFIGURED) has not joined the domain yet, so the others do not see it.
    /// </summary>
    public static IReadOnlyList<Appliance> Members(ApplianceRegistry registry, Appliance appliance) =>
        [.. registry.All.Where(a => a == appliance
            || (a.State == ApplianceState.Configured && string.Equals(a.Spec.SsoDomain, appliance.Spec.SsoDomain, StringComparison.OrdinalIgnoreCase)))];

    public static IReadOnlyList<Appliance> Members(HttpContext http, Appliance appliance) =>
        Members(http.RequestServices.GetRequiredService<ApplianceRegistry>(), appliance);

    /// <summary>A stable node id per host name, shaped like a real one (a GUID), so runs are reproducible.</summary>
    public static string NodeId(Appliance appliance)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(appliance.Name.ToLowerInvariant()));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}

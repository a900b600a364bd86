using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Topology;

namespace VCRunbooks.Simulator.LookupService;

/// <summary>
/// The registrations the Lookup Service of a domain holds: for every node, the services of the guide's
/// Table 2-2 (SSO, vAPI endpoint, vCenter, storage monitoring and SPBM, ESX Agent Manager). Endpoint URLs use
/// the node's host name and the simulator's own scheme and port, so a client that maps the simulated host names
/// to the simulator reaches each node.
/// </summary>
internal static class LookupServiceDirectory
{
    public const string VcenterInstanceNameKey = "com.vmware.vim.vcenter.instanceName";

    public static IEnumerable<LookupServiceRegistration> For(IEnumerable<Appliance> nodes, string scheme, int port, string? sslTrust) =>
        nodes.SelectMany(node => Registrations(node, $"{scheme}://{node.Name}:{port}", sslTrust));

    private static IEnumerable<LookupServiceRegistration> Registrations(Appliance node, string baseUrl, string? sslTrust)
    {
        var nodeId = SsoDomain.NodeId(node);
        var domain = node.Spec.SsoDomain;
        var version = ShortVersion(node.Version);

        LookupServiceEndpointInfo Endpoint(string path, string protocol, string type) =>
            new(baseUrl + path, protocol, type, sslTrust, new Dictionary<string, string> { ["cis.common.ep.localurl"] = "http://localhost" + path });

        LookupServiceRegistration Registration(string product, string type, string owner, string nameKey, IReadOnlyList<LookupServiceEndpointInfo> endpoints,
            IReadOnlyDictionary<string, string>? attributes = null) => new()
        {
            ServiceId = $"{nodeId}_{type.Replace(':', '_')}",
            SiteId = SsoDomain.SiteId,
            NodeId = nodeId,
            OwnerId = $"{owner}-{nodeId}@{domain}",
            Product = product,
            Type = type,
            Version = version,
            NameKey = nameKey,
            Endpoints = endpoints,
            Attributes = attributes ?? new Dictionary<string, string>(),
        };

        yield return Registration("com.vmware.cis", "cs.identity", "sso", "cis.cs.identity.ServiceName",
        [
            Endpoint($"/sts/STSService/{domain}", "wsTrust", "com.vmware.cis.cs.identity.sso"),
            Endpoint($"/sso-adminserver/sdk/{domain}", "vmomi", "com.vmware.cis.cs.identity.admin"),
        ]);
        yield return Registration("com.vmware.cis", "cs.vapi", "vapi", "cis.cs.vapi.ServiceName",
            [Endpoint("/api", "vapi.json.https.public", "com.vmware.vapi.endpoint")]);
        yield return Registration("com.vmware.cis", "vcenterserver", "vpxd", "AboutInfo.vpx.name",
            [Endpoint("/sdk", "vmomi", "com.vmware.vim")],
            new Dictionary<string, string>
            {
                ["com.vmware.cis.cm.GroupInternalId"] = "com.vmware.vim.vcenter",
                [VcenterInstanceNameKey] = node.Name,
                ["com.vmware.cis.cm.HostId"] = nodeId,
                ["com.vmware.cis.cm.ControlScript"] = "vmware-vpxd.sh",
            });
        yield return Registration("com.vmware.vim.sms", "sms", "sms", "sms.ServiceName",
        [
            Endpoint("/sms/sdk", "https", "com.vmware.vim.sms"),
            Endpoint("/pbm/sdk", "https", "com.vmware.vim.pbm"),
        ]);
        // The guide's Table 2-2 files ESX Agent Manager under the com.vmware.vim.sms product; clients copy it.
        yield return Registration("com.vmware.vim.sms", "cs.eam", "eam", "cis.cs.eam.ServiceName",
            [Endpoint("/eam/sdk", "vmomi", "com.vmware.cis.cs.eam.sdk")]);
    }

    /// <summary>Registrations carry the product version without the patch level (8.0.2.00100 → 8.0.2).</summary>
    private static string ShortVersion(string version)
    {
        var parts = version.Split('.');
        return parts.Length > 3 ? string.Join('.', parts.Take(3)) : version;
    }
}

using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Topology;

namespace VCRunbooks.Simulator.Topology;

/// <summary>
/// vCenter topology and system configuration: the nodes of the SSO domain (every appliance of the simulator with the
/// same SSO domain, each an embedded node replicating with all the others), replication status, PSC registration and
/// deployment type. Embedded nodes cannot be reconfigured or repointed.
/// </summary>
internal sealed class TopologyModule : IVapiModule
{
    public void Map(VapiRouteTable routes)
    {
        routes.Get("/api/vcenter/topology/nodes", "/rest/vcenter/topology/nodes", Access.Read, ListNodes);
        routes.Get("/api/vcenter/topology/nodes/{node}", "/rest/vcenter/topology/nodes/{node}", Access.Read, GetNode);
        routes.Get("/api/vcenter/topology/replication-status", "/rest/vcenter/topology/replication-status", Access.Read, ReplicationStatus);
        routes.Get("/api/vcenter/system-config/psc-registration", "/rest/vcenter/system-config/psc-registration", Access.Read, PscRegistration);
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = "/api/vcenter/system-config/psc-registration?action=repoint", Rest = "/rest/vcenter/system-config/psc-registration",
            RestBody = "spec", Access = Access.Write, Handler = Repoint,
        });
        routes.Get("/api/vcenter/system-config/deployment-type", "/rest/vcenter/system-config/deployment-type", Access.Read, DeploymentType);
        routes.Add(new VapiOperation
        {
            Method = "PUT", Api = "/api/vcenter/system-config/deployment-type", RestMethod = "POST", Rest = "/rest/vcenter/system-config/deployment-type",
            RestBody = "spec", Access = Access.Write, Handler = Reconfigure,
        });
    }

    private static VapiResult ListNodes(VapiContext context)
    {
        var types = (context.IsRest ? context.QueryAll("filter.types") : context.QueryAll("types")).Select(ParseType).ToHashSet();
        var members = SsoDomain.Members(context.Http, context.Appliance);
        var nodes = types.Count > 0 && !types.Contains(ApplianceType.VcsaEmbedded)
            ? []
            : members.Select(node => new NodeSummary { Node = node.Name, Type = ApplianceType.VcsaEmbedded, ReplicationPartners = Partners(members, node) }).ToList();
        return VapiResult.Ok(nodes);
    }

    private static VapiResult GetNode(VapiContext context)
    {
        var name = context.Route("node");
        var members = SsoDomain.Members(context.Http, context.Appliance);
        var node = members.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw VapiException.NotFound("Node", name);
        return VapiResult.Ok(new NodeInfo { Domain = node.Spec.SsoDomain, Type = ApplianceType.VcsaEmbedded, ReplicationPartners = Partners(members, node) });
    }

    private static VapiResult ReplicationStatus(VapiContext context)
    {
        var wanted = (context.IsRest ? context.QueryAll("filter.nodes") : context.QueryAll("nodes")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var members = SsoDomain.Members(context.Http, context.Appliance);
        var unknown = wanted.FirstOrDefault(n => !members.Any(m => string.Equals(m.Name, n, StringComparison.OrdinalIgnoreCase)));
        if (unknown is not null)
        {
            throw VapiException.InvalidArgument("nodes", $"'{unknown}' is not a node of the domain.");
        }
        var statuses = members
            .Where(node => wanted.Count == 0 || wanted.Contains(node.Name))
            .SelectMany(node => members.Where(m => m != node).Select(partner => Status(node, partner, context.Now)))
            .ToList();
        return VapiResult.Ok(statuses);
    }

    private static ReplicationStatusSummary Status(Appliance node, Appliance partner, DateTimeOffset now)
    {
        var reachable = node.Feature<TopologyState>().IsReachable(partner.Name) && !IsDown(partner, now);
        return new ReplicationStatusSummary
        {
            Node = node.Name,
            ReplicationPartner = partner.Name,
            PartnerAvailable = reachable,
            StatusAvailable = reachable,
            Replicating = reachable ? true : null,
            ChangeLag = reachable ? 0 : null,
        };
    }

    /// <summary>
    /// A partner whose services are restarting (reboot, install, FIPS change) or that is made unavailable has no
    /// directory service to replicate with. Its lock is only tried, never waited for: two nodes asking about each
    /// other at once must not deadlock; a partner busy with a request is up.
    /// </summary>
    private static bool IsDown(Appliance partner, DateTimeOffset now)
    {
        if (!partner.Sync.TryEnter())
        {
            return false;
        }
        try
        {
            return partner.ServicesRestarting(now) || partner.Faults.UnavailableUntil is { } until && now < until;
        }
        finally
        {
            partner.Sync.Exit();
        }
    }

    private static VapiResult PscRegistration(VapiContext context) =>
        // An embedded node is its own PSC.
        VapiResult.Ok(new PscRegistrationInfo { Address = context.Appliance.Name, HttpsPort = 443, SsoDomain = context.Appliance.Spec.SsoDomain });

    private static VapiResult Repoint(VapiContext context)
    {
        context.Body<RemotePscSpec>();
        throw VapiException.NotAllowed("Repointing is only possible for a vCenter Server with an external Platform Services Controller; this node is VCSA_EMBEDDED.");
    }

    private static VapiResult DeploymentType(VapiContext context) =>
        VapiResult.Ok(new DeploymentTypeInfo { Type = ApplianceType.VcsaEmbedded });

    private static VapiResult Reconfigure(VapiContext context)
    {
        var spec = context.Body<DeploymentTypeReconfigureSpec>();
        if (spec.Type == ApplianceType.VcsaEmbedded)
        {
            throw new VapiException(VCRunbooks.VCenter.Errors.ErrorType.NotAllowedInCurrentState, "com.vmware.vcenter.system_config.already_embedded",
                "The appliance is already of type VCSA_EMBEDDED.");
        }
        throw VapiException.NotAllowed($"An embedded vCenter Server cannot be reconfigured to {System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(spec.Type.ToString())}; external deployments are not supported since vSphere 7.0.");
    }

    private static List<string> Partners(IReadOnlyList<Appliance> members, Appliance node) =>
        [.. members.Where(m => m != node).Select(m => m.Name)];

    private static ApplianceType ParseType(string value) => value switch
    {
        "VCSA_EMBEDDED" => ApplianceType.VcsaEmbedded,
        "VCSA_EXTERNAL" => ApplianceType.VcsaExternal,
        "PSC_EXTERNAL" => ApplianceType.PscExternal,
        _ => throw VapiException.InvalidArgument("types", $"'{value}' is not an appliance type (VCSA_EMBEDDED, VCSA_EXTERNAL, PSC_EXTERNAL)."),
    };
}

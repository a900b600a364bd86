using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Topology;

namespace VCRunbooks.VCenter.Client.Topology;

internal sealed class TopologyClient(ClientContext context) : ITopologyClient
{
    public Task<IReadOnlyList<NodeSummary>> ListNodesAsync(IReadOnlyCollection<ApplianceType>? types = null, CancellationToken cancellationToken = default)
    {
        Arguments.Defined(types, nameof(types));
        var wire = types?.Select(t => WireNames.Of(t)).ToList();
        return context.Transport.SendAsync<IReadOnlyList<NodeSummary>>(VapiRequest.Get(
            new QueryString().AddAll("types", wire).AppendTo("/api/vcenter/topology/nodes"),
            new QueryString().AddAll("filter.types", wire).AppendTo("/rest/vcenter/topology/nodes")), cancellationToken);
    }

    public Task<NodeInfo> GetNodeAsync(string node, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(node, nameof(node));
        return context.Transport.SendAsync<NodeInfo>(VapiRequest.Get($"/api/vcenter/topology/nodes/{id}", $"/rest/vcenter/topology/nodes/{id}"), cancellationToken);
    }

    public Task<IReadOnlyList<ReplicationStatusSummary>> GetReplicationStatusAsync(IReadOnlyCollection<string>? nodes = null, CancellationToken cancellationToken = default)
    {
        foreach (var node in nodes ?? [])
        {
            Arguments.NotEmpty(node, nameof(nodes));
        }
        return context.Transport.SendAsync<IReadOnlyList<ReplicationStatusSummary>>(VapiRequest.Get(
            new QueryString().AddAll("nodes", nodes).AppendTo("/api/vcenter/topology/replication-status"),
            new QueryString().AddAll("filter.nodes", nodes).AppendTo("/rest/vcenter/topology/replication-status")), cancellationToken);
    }

    public Task<PscRegistrationInfo> GetPscRegistrationAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<PscRegistrationInfo>(VapiRequest.Get("/api/vcenter/system-config/psc-registration", "/rest/vcenter/system-config/psc-registration"), cancellationToken);

    public Task RepointAsync(RemotePscSpec spec, CancellationToken cancellationToken = default)
    {
        Arguments.NotNull(spec, nameof(spec));
        Arguments.NotEmpty(spec.PscHostname, "spec.PscHostname");
        if (spec.HttpsPort is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException("spec.HttpsPort", spec.HttpsPort, "The port must be between 1 and 65535.");
        }
        return context.Transport.SendAsync(new VapiRequest
        {
            Method = HttpMethod.Post, Api = "/api/vcenter/system-config/psc-registration?action=repoint", Rest = "/rest/vcenter/system-config/psc-registration",
            RestBodyName = "spec", Body = spec,
        }, cancellationToken);
    }

    public Task<DeploymentTypeInfo> GetDeploymentTypeAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<DeploymentTypeInfo>(VapiRequest.Get("/api/vcenter/system-config/deployment-type", "/rest/vcenter/system-config/deployment-type"), cancellationToken);

    public Task ReconfigureDeploymentTypeAsync(DeploymentTypeReconfigureSpec spec, CancellationToken cancellationToken = default)
    {
        Arguments.NotNull(spec, nameof(spec));
        Arguments.Defined(spec.Type, "spec.Type");
        return context.Transport.SendAsync(new VapiRequest
        {
            Method = HttpMethod.Put, Api = "/api/vcenter/system-config/deployment-type", RestMethod = HttpMethod.Post, Rest = "/rest/vcenter/system-config/deployment-type",
            RestBodyName = "spec", Body = spec,
        }, cancellationToken);
    }
}

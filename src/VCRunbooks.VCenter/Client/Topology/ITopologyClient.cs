using VCRunbooks.VCenter.Topology;

namespace VCRunbooks.VCenter.Client.Topology;

/// <summary>The SSO domain's nodes and replication (vcenter.topology) and this node's PSC registration (vcenter.system_config).</summary>
public interface ITopologyClient
{
    /// <summary>The nodes of the SSO domain, optionally only some types (<c>GET /api/vcenter/topology/nodes</c>).</summary>
    Task<IReadOnlyList<NodeSummary>> ListNodesAsync(IReadOnlyCollection<ApplianceType>? types = null, CancellationToken cancellationToken = default);

    /// <summary>One node (<c>GET /api/vcenter/topology/nodes/{node}</c>); NOT_FOUND when absent.</summary>
    Task<NodeInfo> GetNodeAsync(string node, CancellationToken cancellationToken = default);

    /// <summary>Replication status per (node, partner), optionally for some nodes only (<c>GET /api/vcenter/topology/replication-status</c>).</summary>
    Task<IReadOnlyList<ReplicationStatusSummary>> GetReplicationStatusAsync(IReadOnlyCollection<string>? nodes = null, CancellationToken cancellationToken = default);

    /// <summary>The PSC this vCenter is registered with (<c>GET /api/vcenter/system-config/psc-registration</c>).</summary>
    Task<PscRegistrationInfo> GetPscRegistrationAsync(CancellationToken cancellationToken = default);

    /// <summary>Points this vCenter at another PSC of the domain (<c>POST /api/vcenter/system-config/psc-registration?action=repoint</c>). Not retried.</summary>
    Task RepointAsync(RemotePscSpec spec, CancellationToken cancellationToken = default);

    /// <summary>This appliance's deployment type (<c>GET /api/vcenter/system-config/deployment-type</c>).</summary>
    Task<DeploymentTypeInfo> GetDeploymentTypeAsync(CancellationToken cancellationToken = default);

    /// <summary>Changes the deployment type, e.g. embedded to external PSC (<c>PUT /api/vcenter/system-config/deployment-type</c>). Not retried.</summary>
    Task ReconfigureDeploymentTypeAsync(DeploymentTypeReconfigureSpec spec, CancellationToken cancellationToken = default);
}

using VCRunbooks.VCenter.Topology;

namespace VCRunbooks.VCenter.Client.Topology;

/// <summary>The SSO domain's nodes and replication (vcenter.topology) and this node's PSC registration (vcenter.system_config).</summary>
public interface ITopologyClient
{
    Task<IReadOnlyList<NodeSummary>> ListNodesAsync(IReadOnlyCollection<ApplianceType>? types = null, CancellationToken cancellationToken = default);

    Task<NodeInfo> GetNodeAsync(string node, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReplicationStatusSummary>> GetReplicationStatusAsync(IReadOnlyCollection<string>? nodes = null, CancellationToken cancellationToken = default);

    Task<PscRegistrationInfo> GetPscRegistrationAsync(CancellationToken cancellationToken = default);

    /// <summary>Points this vCenter at another PSC of the domain.</summary>
    Task RepointAsync(RemotePscSpec spec, CancellationToken cancellationToken = default);

    Task<DeploymentTypeInfo> GetDeploymentTypeAsync(CancellationToken cancellationToken = default);

    Task ReconfigureDeploymentTypeAsync(DeploymentTypeReconfigureSpec spec, CancellationToken cancellationToken = default);
}

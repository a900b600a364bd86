namespace VCRunbooks.VCenter.Topology;

/// <summary>vcenter.deployment.ApplianceType: how a node was deployed.</summary>
public enum ApplianceType
{
    VcsaEmbedded,
    VcsaExternal,
    PscExternal,
}

namespace VCRunbooks.VCenter.Topology;

/// <summary>vcenter.deployment.ApplianceType: how a node was deployed.</summary>
public enum ApplianceType
{
    /// <summary>vCenter with an embedded PSC (wire <c>VCSA_EMBEDDED</c>).</summary>
    VcsaEmbedded,
    /// <summary>vCenter using an external PSC (<c>VCSA_EXTERNAL</c>).</summary>
    VcsaExternal,
    /// <summary>A standalone PSC (<c>PSC_EXTERNAL</c>).</summary>
    PscExternal,
}

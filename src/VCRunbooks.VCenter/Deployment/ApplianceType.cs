namespace VCRunbooks.VCenter.Deployment;

/// <summary>The kind of a deployed appliance.</summary>
public enum ApplianceType
{
    /// <summary>vCenter with an embedded PSC (wire <c>VCSA_EMBEDDED</c>).</summary>
    VcsaEmbedded,
    /// <summary>vCenter using an external PSC (<c>VCSA_EXTERNAL</c>).</summary>
    VcsaExternal,
    /// <summary>A standalone PSC (<c>PSC_EXTERNAL</c>).</summary>
    PscExternal,
}

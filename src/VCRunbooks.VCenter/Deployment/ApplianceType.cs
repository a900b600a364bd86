namespace VCRunbooks.VCenter.Deployment;

/// <summary>The kind of a deployed appliance.</summary>
public enum ApplianceType
{
    VcsaEmbedded,
    VcsaExternal,
    PscExternal,
}

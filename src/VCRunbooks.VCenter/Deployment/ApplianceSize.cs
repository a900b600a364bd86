namespace VCRunbooks.VCenter.Deployment;

/// <summary>The deployment size of an appliance.</summary>
public enum ApplianceSize
{
    Tiny,
    Small,
    Medium,
    Large,
    Xlarge,
}

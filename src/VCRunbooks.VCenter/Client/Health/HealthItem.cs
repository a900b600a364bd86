namespace VCRunbooks.VCenter.Client.Health;

/// <summary>The appliance health items that answer a health level.</summary>
public enum HealthItem
{
    Load,
    Mem,
    Storage,
    Swap,
    SoftwarePackages,
    DatabaseStorage,
}

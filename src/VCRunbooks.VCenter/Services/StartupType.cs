namespace VCRunbooks.VCenter.Services;

/// <summary>How a vCenter service starts.</summary>
public enum StartupType
{
    Manual,
    Automatic,
    Disabled,
}

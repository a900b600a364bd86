namespace VCRunbooks.VCenter.Services;

/// <summary>How a vCenter service starts.</summary>
public enum StartupType
{
    /// <summary>Started only on request (wire <c>MANUAL</c>).</summary>
    Manual,
    /// <summary>Started with the appliance (<c>AUTOMATIC</c>).</summary>
    Automatic,
    /// <summary>Cannot be started (<c>DISABLED</c>).</summary>
    Disabled,
}

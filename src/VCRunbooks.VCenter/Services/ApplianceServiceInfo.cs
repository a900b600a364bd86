namespace VCRunbooks.VCenter.Services;

/// <summary>An appliance (operating system) service.</summary>
public sealed record ApplianceServiceInfo
{
    /// <summary>What the service does, in English.</summary>
    public required string Description { get; init; }
    /// <summary>Whether the service runs.</summary>
    public required ServiceState State { get; init; }
}

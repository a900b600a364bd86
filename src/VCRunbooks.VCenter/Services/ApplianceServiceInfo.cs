namespace VCRunbooks.VCenter.Services;

/// <summary>An appliance (operating system) service.</summary>
public sealed record ApplianceServiceInfo
{
    public required string Description { get; init; }
    public required ServiceState State { get; init; }
}

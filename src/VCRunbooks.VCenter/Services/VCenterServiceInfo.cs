namespace VCRunbooks.VCenter.Services;

/// <summary>A vCenter (vMon) service.</summary>
public sealed record VCenterServiceInfo
{
    public required string NameKey { get; init; }
    public required string DescriptionKey { get; init; }
    public required StartupType StartupType { get; init; }
    public required ServiceState State { get; init; }
    /// <summary>Only while STARTED.</summary>
    public ServiceHealth? Health { get; init; }
    public IReadOnlyList<Common.LocalizableMessage>? HealthMessages { get; init; }
}

namespace VCRunbooks.VCenter.Services;

/// <summary>A vCenter (vMon) service.</summary>
public sealed record VCenterServiceInfo
{
    /// <summary>Resource-bundle key of the service name, not the name itself.</summary>
    public required string NameKey { get; init; }
    /// <summary>Resource-bundle key of the service description.</summary>
    public required string DescriptionKey { get; init; }
    /// <summary>How the service starts.</summary>
    public required StartupType StartupType { get; init; }
    /// <summary>Whether the service runs.</summary>
    public required ServiceState State { get; init; }
    /// <summary>Only while STARTED.</summary>
    public ServiceHealth? Health { get; init; }
    /// <summary>Messages about the service's health; only while STARTED, else null.</summary>
    public IReadOnlyList<Common.LocalizableMessage>? HealthMessages { get; init; }
}

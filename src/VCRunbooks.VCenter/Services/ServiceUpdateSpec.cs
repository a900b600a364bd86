namespace VCRunbooks.VCenter.Services;

/// <summary>A change to a vCenter service.</summary>
public sealed record ServiceUpdateSpec
{
    public StartupType? StartupType { get; init; }
}

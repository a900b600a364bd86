namespace VCRunbooks.VCenter.Services;

/// <summary>A change to a vCenter service.</summary>
public sealed record ServiceUpdateSpec
{
    /// <summary>The new startup type; null leaves it unchanged.</summary>
    public StartupType? StartupType { get; init; }
}

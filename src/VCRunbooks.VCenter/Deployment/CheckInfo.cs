using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Deployment;

/// <summary>The result of a deployment check: SUCCESS or FAILED with errors, warnings and info.</summary>
public sealed record CheckInfo
{
    /// <summary>Whether the check passed.</summary>
    public required CheckStatus Status { get; init; }
    /// <summary>Errors, warnings and info found; null when not available at this step.</summary>
    public Notifications? Result { get; init; }
    /// <summary>What was learned about the source; upgrade and migrate checks only.</summary>
    public SourceInfo? SourceInfo { get; init; }
}

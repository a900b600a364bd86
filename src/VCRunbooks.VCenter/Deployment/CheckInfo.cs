using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Deployment;

/// <summary>The result of a deployment check: SUCCESS or FAILED with errors, warnings and info.</summary>
public sealed record CheckInfo
{
    public required CheckStatus Status { get; init; }
    public Notifications? Result { get; init; }
    public SourceInfo? SourceInfo { get; init; }
}

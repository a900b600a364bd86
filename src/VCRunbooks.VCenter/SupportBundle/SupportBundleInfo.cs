using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.SupportBundle;

/// <summary>appliance.SupportBundle.Info: one support bundle request; the URL is set when it succeeded.</summary>
public sealed record SupportBundleInfo
{
    public required string Description { get; init; }
    public required SupportBundleCreationStatus Status { get; init; }
    public DateTimeOffset? GenerationTime { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? ExpirationTime { get; init; }
    public bool? Downloadable { get; init; }
    /// <summary>Size in KB.</summary>
    public long? Size { get; init; }
    public LocalizableMessage? FailureReason { get; init; }
}

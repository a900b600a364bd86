using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.SupportBundle;

/// <summary>appliance.SupportBundle.Info: one support bundle request; the URL is set when it succeeded.</summary>
public sealed record SupportBundleInfo
{
    /// <summary>The description given at creation.</summary>
    public required string Description { get; init; }
    /// <summary>How the request ended.</summary>
    public required SupportBundleCreationStatus Status { get; init; }
    /// <summary>When the bundle was generated; only when SUCCEEDED.</summary>
    public DateTimeOffset? GenerationTime { get; init; }
    /// <summary>Download URL; only when SUCCEEDED.</summary>
    public string? Url { get; init; }
    /// <summary>When the download link expires; only when SUCCEEDED.</summary>
    public DateTimeOffset? ExpirationTime { get; init; }
    /// <summary>Whether the bundle can still be downloaded; only when SUCCEEDED.</summary>
    public bool? Downloadable { get; init; }
    /// <summary>Size in KB.</summary>
    public long? Size { get; init; }
    /// <summary>Why it failed; only when FAILED.</summary>
    public LocalizableMessage? FailureReason { get; init; }
}

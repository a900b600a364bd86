namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>A release of an associated product that works with the target vCenter version.</summary>
public sealed record CompatibleRelease
{
    /// <summary>The release version.</summary>
    public required string Version { get; init; }
    /// <summary>A remark on the compatibility; null when none.</summary>
    public VCRunbooks.VCenter.Common.LocalizableMessage? Note { get; init; }
}

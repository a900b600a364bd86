namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>A release of an associated product that works with the target vCenter version.</summary>
public sealed record CompatibleRelease
{
    public required string Version { get; init; }
    public VCRunbooks.VCenter.Common.LocalizableMessage? Note { get; init; }
}

namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>One associated product in an interoperability report.</summary>
public sealed record ProductCompatibility
{
    /// <summary>The associated product.</summary>
    public required Product Product { get; init; }
    /// <summary>Whether its current version works with the target vCenter version.</summary>
    public required bool Compatible { get; init; }
    /// <summary>Its releases that do; empty when none.</summary>
    public required IReadOnlyList<CompatibleRelease> CompatibleReleases { get; init; }
}

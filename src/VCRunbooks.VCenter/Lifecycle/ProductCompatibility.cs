namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>One associated product in an interoperability report.</summary>
public sealed record ProductCompatibility
{
    public required Product Product { get; init; }
    public required bool Compatible { get; init; }
    public required IReadOnlyList<CompatibleRelease> CompatibleReleases { get; init; }
}

namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.discovery.ProductCatalog.Summary: a product that can be associated, and its versions.</summary>
public sealed record ProductCatalogSummary
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Versions { get; init; }
}

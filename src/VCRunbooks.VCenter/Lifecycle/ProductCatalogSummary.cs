namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.discovery.ProductCatalog.Summary: a product that can be associated, and its versions.</summary>
public sealed record ProductCatalogSummary
{
    /// <summary>Product name, as <see cref="AssociatedProductCreateSpec.ProductName"/> takes it.</summary>
    public required string Name { get; init; }
    /// <summary>The versions that can be selected.</summary>
    public required IReadOnlyList<string> Versions { get; init; }
}

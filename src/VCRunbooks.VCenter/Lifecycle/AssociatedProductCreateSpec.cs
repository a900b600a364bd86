namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.discovery.AssociatedProducts.CreateSpec.</summary>
public sealed record AssociatedProductCreateSpec
{
    /// <summary>Product name, from the product catalog.</summary>
    public required string ProductName { get; init; }
    /// <summary>The product's current version.</summary>
    public required string Version { get; init; }
    /// <summary>Host names or IPs of its instances; null for none.</summary>
    public IReadOnlyList<string>? Deployments { get; init; }
}

namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.discovery.AssociatedProducts.UpdateSpec.</summary>
public sealed record AssociatedProductUpdateSpec
{
    public IReadOnlyList<string>? Deployments { get; init; }
}

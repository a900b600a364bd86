namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.discovery.AssociatedProducts.UpdateSpec.</summary>
public sealed record AssociatedProductUpdateSpec
{
    /// <summary>The new list of host names or IPs; null leaves it unchanged.</summary>
    public IReadOnlyList<string>? Deployments { get; init; }
}

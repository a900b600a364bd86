namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.discovery.AssociatedProducts.CreateSpec.</summary>
public sealed record AssociatedProductCreateSpec
{
    public required string ProductName { get; init; }
    public required string Version { get; init; }
    public IReadOnlyList<string>? Deployments { get; init; }
}

namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.discovery.Product: a product deployment associated with vCenter (auto-discovered or added by hand).</summary>
public sealed record Product
{
    public required string InstalledProduct { get; init; }
    public required string Name { get; init; }
    public required string Version { get; init; }
    public string? TargetVersion { get; init; }
    public IReadOnlyList<string>? Deployments { get; init; }
    public required bool Auto { get; init; }
}

namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.discovery.Product: a product deployment associated with vCenter (auto-discovered or added by hand).</summary>
public sealed record Product
{
    /// <summary>Id of the product deployment: its internal name and version.</summary>
    public required string InstalledProduct { get; init; }
    /// <summary>Official product name.</summary>
    public required string Name { get; init; }
    /// <summary>Current version.</summary>
    public required string Version { get; init; }
    /// <summary>Version after the planned upgrade; null when not applicable.</summary>
    public string? TargetVersion { get; init; }
    /// <summary>Host names or IPs of its instances; empty for products added by hand.</summary>
    public IReadOnlyList<string>? Deployments { get; init; }
    /// <summary>True when discovered automatically, false when added by hand.</summary>
    public required bool Auto { get; init; }
}

namespace VCRunbooks.VCenter.SystemInfo;

/// <summary>appliance.system.version: all strings, summary and releasedate empty for an unpatched appliance.</summary>
public sealed record SystemVersion
{
    /// <summary>Appliance version, e.g. <c>8.0.2.00100</c>.</summary>
    public required string Version { get; init; }
    /// <summary>Appliance name, e.g. <c>VMware vCenter Server</c>.</summary>
    public required string Product { get; init; }
    /// <summary>Build number.</summary>
    public required string Build { get; init; }
    /// <summary>Deployment type of the product (the same product has several deployment options).</summary>
    public required string Type { get; init; }
    /// <summary>Summary of the installed patch; empty when never patched.</summary>
    public required string Summary { get; init; }
    /// <summary>Release date of the installed patch, as the server formats it; empty when never patched (wire <c>releasedate</c>).</summary>
    public required string Releasedate { get; init; }
    /// <summary>When the appliance was first installed; updates do not change it.</summary>
    public required string InstallTime { get; init; }
}

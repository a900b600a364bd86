namespace VCRunbooks.VCenter.SystemInfo;

/// <summary>appliance.system.version: all strings, summary and releasedate empty for an unpatched appliance.</summary>
public sealed record SystemVersion
{
    public required string Version { get; init; }
    public required string Product { get; init; }
    public required string Build { get; init; }
    public required string Type { get; init; }
    public required string Summary { get; init; }
    public required string Releasedate { get; init; }
    public required string InstallTime { get; init; }
}

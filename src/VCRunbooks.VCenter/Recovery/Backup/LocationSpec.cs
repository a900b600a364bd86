namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>A backup location and the credentials to read it.</summary>
public sealed record LocationSpec
{
    public required string Location { get; init; }
    public string? LocationUser { get; init; }
    public string? LocationPassword { get; init; }
}

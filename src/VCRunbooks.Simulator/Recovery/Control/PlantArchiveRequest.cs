namespace VCRunbooks.Simulator.Recovery.Control;

/// <summary>
/// An archive to place at a location as if the appliance had backed itself up just now (at its version unless
/// <see cref="Version"/> says otherwise), so restore scenarios need no backup run first.
/// </summary>
internal sealed record PlantArchiveRequest
{
    public string? Location { get; init; }
    public string? Comment { get; init; }
    public string? Version { get; init; }
    public IReadOnlyList<string>? Parts { get; init; }
    public string? BackupPassword { get; init; }
}

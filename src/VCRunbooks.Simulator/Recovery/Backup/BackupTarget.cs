using VCRunbooks.VCenter.Recovery;

namespace VCRunbooks.Simulator.Recovery.Backup;

/// <summary>What a backup job writes and where: a checked request or a schedule's settings.</summary>
internal sealed record BackupTarget
{
    public required string Location { get; init; }
    public required LocationType LocationType { get; init; }
    public string? LocationUser { get; init; }
    public required IReadOnlyList<string> Parts { get; init; }
    public string? BackupPassword { get; init; }
    public required string Comment { get; init; }
    public bool? FastBackup { get; init; }
}

using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>A part of a backup: <c>common</c> (always), <c>seat</c> (stats, events, tasks), <c>supervisors</c>.</summary>
public sealed record BackupPart
{
    public required string Id { get; init; }
    public required LocalizableMessage Name { get; init; }
    public required LocalizableMessage Description { get; init; }
    public required bool SelectedByDefault { get; init; }
    public required bool Optional { get; init; }
}

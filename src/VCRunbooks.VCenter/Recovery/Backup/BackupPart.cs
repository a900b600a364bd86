using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>A part of a backup: <c>common</c> (always), <c>seat</c> (stats, events, tasks), <c>supervisors</c>.</summary>
public sealed record BackupPart
{
    /// <summary>Part id, as <see cref="BackupRequest.Parts"/> takes it.</summary>
    public required string Id { get; init; }
    /// <summary>Display name of the part.</summary>
    public required LocalizableMessage Name { get; init; }
    /// <summary>What the part holds.</summary>
    public required LocalizableMessage Description { get; init; }
    /// <summary>Whether the UI selects it by default.</summary>
    public required bool SelectedByDefault { get; init; }
    /// <summary>Whether it may be left out; false for <c>common</c>.</summary>
    public required bool Optional { get; init; }
}

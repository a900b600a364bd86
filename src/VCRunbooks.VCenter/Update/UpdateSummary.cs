using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Update;

/// <summary>One available update, as the pending list shows it.</summary>
public sealed record UpdateSummary
{
    public required string Version { get; init; }
    public required string Name { get; init; }
    public required LocalizableMessage Description { get; init; }
    public required UpdatePriority Priority { get; init; }
    public required UpdateSeverity Severity { get; init; }
    public required UpdateCategory UpdateType { get; init; }
    public required DateTimeOffset ReleaseDate { get; init; }
    public required bool RebootRequired { get; init; }
    /// <summary>Download size in MB.</summary>
    public required long Size { get; init; }
}

using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Update;

/// <summary>The staged update.</summary>
public sealed record StagedInfo
{
    public required bool StagingComplete { get; init; }
    public required string Version { get; init; }
    public required string Name { get; init; }
    public required LocalizableMessage Description { get; init; }
    public required UpdatePriority Priority { get; init; }
    public required UpdateSeverity Severity { get; init; }
    public required UpdateCategory UpdateType { get; init; }
    public required DateTimeOffset ReleaseDate { get; init; }
    public required bool RebootRequired { get; init; }
    public required long Size { get; init; }
}

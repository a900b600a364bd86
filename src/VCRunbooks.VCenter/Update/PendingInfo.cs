using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Update;

/// <summary>Details of one pending update.</summary>
public sealed record PendingInfo
{
    public required string Name { get; init; }
    public required IReadOnlyList<LocalizableMessage> Contents { get; init; }
    public required IReadOnlyList<StoppedServiceInfo> ServicesWillBeStopped { get; init; }
    public required IReadOnlyList<LocalizableMessage> Eulas { get; init; }
    public required bool Staged { get; init; }
    public required Uri KnowledgeBase { get; init; }
    public required LocalizableMessage Description { get; init; }
    public required UpdatePriority Priority { get; init; }
    public required UpdateSeverity Severity { get; init; }
    public required UpdateCategory UpdateType { get; init; }
    public required DateTimeOffset ReleaseDate { get; init; }
    public required bool RebootRequired { get; init; }
    public required long Size { get; init; }
}

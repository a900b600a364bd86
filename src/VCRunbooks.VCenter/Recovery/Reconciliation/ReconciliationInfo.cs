using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Recovery.Reconciliation;

/// <summary>The reconciliation job after a restore, described as a task.</summary>
public sealed record ReconciliationInfo
{
    public required LocalizableMessage Description { get; init; }
    public required string Service { get; init; }
    public required string Operation { get; init; }
    public string? Parent { get; init; }
    public DynamicId? Target { get; init; }
    public required ReconciliationStatus Status { get; init; }
    public bool? Cancelable { get; init; }
    /// <summary>The spec types this field as a string: the failure's text.</summary>
    public string? Error { get; init; }
    public DateTimeOffset? StartTime { get; init; }
    public DateTimeOffset? EndTime { get; init; }
    public required IReadOnlyList<LocalizableMessage> Messages { get; init; }
    /// <summary>Percent complete.</summary>
    public required long Progress { get; init; }
}

using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Recovery.Reconciliation;

/// <summary>The reconciliation job after a restore, described as a task.</summary>
public sealed record ReconciliationInfo
{
    /// <summary>What the job does.</summary>
    public required LocalizableMessage Description { get; init; }
    /// <summary>Identifier of the service of the job.</summary>
    public required string Service { get; init; }
    /// <summary>Identifier of the job's operation.</summary>
    public required string Operation { get; init; }
    /// <summary>Id of the parent task; null when none.</summary>
    public string? Parent { get; init; }
    /// <summary>The resource the job modifies; null when none or several.</summary>
    public DynamicId? Target { get; init; }
    /// <summary>Where the job is.</summary>
    public required ReconciliationStatus Status { get; init; }
    /// <summary>Whether it can be canceled now; null means it cannot.</summary>
    public bool? Cancelable { get; init; }
    /// <summary>The spec types this field as a string: the failure's text.</summary>
    public string? Error { get; init; }
    /// <summary>When it started; null until RUNNING.</summary>
    public DateTimeOffset? StartTime { get; init; }
    /// <summary>When it finished; null until SUCCEEDED or FAILED.</summary>
    public DateTimeOffset? EndTime { get; init; }
    /// <summary>Messages the job reported.</summary>
    public required IReadOnlyList<LocalizableMessage> Messages { get; init; }
    /// <summary>Percent complete.</summary>
    public required long Progress { get; init; }
}

namespace VCRunbooks.VCenter.Common;

/// <summary>Notifications grouped by severity, as deployment checks and update operations return them.</summary>
public sealed record Notifications
{
    /// <summary>Informational notifications; null when there are none.</summary>
    public IReadOnlyList<Notification>? Info { get; init; }
    /// <summary>Warnings: the operation can go ahead, but the caller should read them; null when there are none.</summary>
    public IReadOnlyList<Notification>? Warnings { get; init; }
    /// <summary>Errors: the operation cannot go ahead until they are resolved; null when there are none.</summary>
    public IReadOnlyList<Notification>? Errors { get; init; }
}

namespace VCRunbooks.VCenter.Common;

/// <summary>Notifications grouped by severity, as deployment checks and update operations return them.</summary>
public sealed record Notifications
{
    public IReadOnlyList<Notification>? Info { get; init; }
    public IReadOnlyList<Notification>? Warnings { get; init; }
    public IReadOnlyList<Notification>? Errors { get; init; }
}

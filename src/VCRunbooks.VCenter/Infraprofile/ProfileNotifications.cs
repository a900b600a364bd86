namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>Validation findings by severity.</summary>
public sealed record ProfileNotifications
{
    public IReadOnlyList<ProfileNotification>? Info { get; init; }
    public IReadOnlyList<ProfileNotification>? Warnings { get; init; }
    public IReadOnlyList<ProfileNotification>? Errors { get; init; }
}

namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>Validation findings by severity.</summary>
public sealed record ProfileNotifications
{
    /// <summary>Informational findings; null when none.</summary>
    public IReadOnlyList<ProfileNotification>? Info { get; init; }
    /// <summary>Warnings; null when none.</summary>
    public IReadOnlyList<ProfileNotification>? Warnings { get; init; }
    /// <summary>Errors, which make the document invalid; null when none.</summary>
    public IReadOnlyList<ProfileNotification>? Errors { get; init; }
}

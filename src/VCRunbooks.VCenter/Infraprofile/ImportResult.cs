namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>
/// The result of an import task: the profiles applied and the validation findings. The real shape is not
/// published (reference §14); this is the simulator's.
/// </summary>
public sealed record ImportResult
{
    /// <summary>The import status text.</summary>
    public required string Status { get; init; }
    /// <summary>The profiles imported.</summary>
    public required IReadOnlyList<string> Profiles { get; init; }
    /// <summary>Validation findings; null when there are none.</summary>
    public ProfileNotifications? Notifications { get; init; }
}

namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>
/// The result of an import task: the profiles applied and the validation findings. The real shape is not
/// published (reference §14); this is the simulator's.
/// </summary>
public sealed record ImportResult
{
    public required string Status { get; init; }
    public required IReadOnlyList<string> Profiles { get; init; }
    public ProfileNotifications? Notifications { get; init; }
}

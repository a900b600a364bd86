namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>appliance.infraprofile.Configs.ValidationResult: the result of a validate task.</summary>
public sealed record ValidationResult
{
    public required ValidationStatus Status { get; init; }
    public ProfileNotifications? Notifications { get; init; }
}

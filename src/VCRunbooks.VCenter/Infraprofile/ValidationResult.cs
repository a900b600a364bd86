namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>appliance.infraprofile.Configs.ValidationResult: the result of a validate task.</summary>
public sealed record ValidationResult
{
    /// <summary>Whether the document can be imported.</summary>
    public required ValidationStatus Status { get; init; }
    /// <summary>The findings; null when there are none.</summary>
    public ProfileNotifications? Notifications { get; init; }
}

namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>appliance.infraprofile.Configs.ValidationResult.Status.</summary>
public enum ValidationStatus
{
    Valid,
    Invalid,
}

namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>appliance.infraprofile.Configs.ValidationResult.Status.</summary>
public enum ValidationStatus
{
    /// <summary>The document can be imported (wire <c>VALID</c>).</summary>
    Valid,
    /// <summary>The document has errors (<c>INVALID</c>).</summary>
    Invalid,
}

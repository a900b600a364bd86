namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>appliance.infraprofile.Configs.ImportProfileSpec: the exported document (a JSON string) to validate or import.</summary>
public sealed record ImportProfileSpec
{
    /// <summary>The exported document, as the JSON string the export returned.</summary>
    public required string ConfigSpec { get; init; }
    /// <summary>Which profiles to apply and the key to decrypt them; null applies all, unencrypted.</summary>
    public ProfilesSpec? ProfileSpec { get; init; }
}

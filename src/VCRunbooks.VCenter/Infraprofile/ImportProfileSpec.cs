namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>appliance.infraprofile.Configs.ImportProfileSpec: the exported document (a JSON string) to validate or import.</summary>
public sealed record ImportProfileSpec
{
    public required string ConfigSpec { get; init; }
    public ProfilesSpec? ProfileSpec { get; init; }
}

namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>appliance.infraprofile.Configs.ProfileInfo: a configuration profile the appliance can export.</summary>
public sealed record ProfileInfo
{
    public required string Name { get; init; }
    public required string Info { get; init; }
}

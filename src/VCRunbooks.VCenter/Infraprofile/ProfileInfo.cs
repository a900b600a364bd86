namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>appliance.infraprofile.Configs.ProfileInfo: a configuration profile the appliance can export.</summary>
public sealed record ProfileInfo
{
    /// <summary>Profile name, which is also its id, e.g. <c>ApplianceManagement</c>.</summary>
    public required string Name { get; init; }
    /// <summary>Description of the profile.</summary>
    public required string Info { get; init; }
}

namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>appliance.infraprofile.Configs.ProfilesSpec: which profiles to export or import (all when unset).</summary>
public sealed record ProfilesSpec
{
    public string? EncryptionKey { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string>? Profiles { get; init; }
}

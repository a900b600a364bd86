namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>appliance.infraprofile.Configs.ProfilesSpec: which profiles to export or import (all when unset).</summary>
public sealed record ProfilesSpec
{
    /// <summary>Key to encrypt (export) or decrypt (import) the profiles; null for no encryption. Never logged.</summary>
    public string? EncryptionKey { get; init; }
    /// <summary>Free description stored with the export; null for none.</summary>
    public string? Description { get; init; }
    /// <summary>Profile names; null or empty means all.</summary>
    public IReadOnlyList<string>? Profiles { get; init; }
}

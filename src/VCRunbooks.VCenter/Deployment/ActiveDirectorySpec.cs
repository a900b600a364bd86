namespace VCRunbooks.VCenter.Deployment;

/// <summary>The Active Directory domain a migrated appliance joins.</summary>
public sealed record ActiveDirectorySpec
{
    public required string Domain { get; init; }
    public required string Username { get; init; }
    public required string Password { get; init; }
}

namespace VCRunbooks.VCenter.Deployment;

/// <summary>The Active Directory domain a migrated appliance joins.</summary>
public sealed record ActiveDirectorySpec
{
    /// <summary>The AD domain to join.</summary>
    public required string Domain { get; init; }
    /// <summary>AD user allowed to join machines to it.</summary>
    public required string Username { get; init; }
    /// <summary>That user's password; never logged.</summary>
    public required string Password { get; init; }
}

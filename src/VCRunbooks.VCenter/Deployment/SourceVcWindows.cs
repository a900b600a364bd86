namespace VCRunbooks.VCenter.Deployment;

/// <summary>The Windows vCenter a migration reads from.</summary>
public sealed record SourceVcWindows
{
    /// <summary>IP address or DNS name of the Windows machine.</summary>
    public required string Hostname { get; init; }
    /// <summary>SSO account with administrative privilege for the migration.</summary>
    public required string Username { get; init; }
    /// <summary>That account's password; never logged.</summary>
    public required string Password { get; init; }
}

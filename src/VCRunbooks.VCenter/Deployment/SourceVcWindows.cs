namespace VCRunbooks.VCenter.Deployment;

/// <summary>The Windows vCenter a migration reads from.</summary>
public sealed record SourceVcWindows
{
    public required string Hostname { get; init; }
    public required string Username { get; init; }
    public required string Password { get; init; }
}

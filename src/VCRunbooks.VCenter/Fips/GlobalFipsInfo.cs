namespace VCRunbooks.VCenter.Fips;

/// <summary>appliance.system.security.GlobalFips.Info.</summary>
public sealed record GlobalFipsInfo
{
    /// <summary>Whether the appliance-wide FIPS mode is on.</summary>
    public required bool Enabled { get; init; }
}

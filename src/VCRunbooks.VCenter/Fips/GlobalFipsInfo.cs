namespace VCRunbooks.VCenter.Fips;

/// <summary>appliance.system.security.GlobalFips.Info.</summary>
public sealed record GlobalFipsInfo
{
    public required bool Enabled { get; init; }
}

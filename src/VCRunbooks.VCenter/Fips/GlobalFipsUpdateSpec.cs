namespace VCRunbooks.VCenter.Fips;

/// <summary>appliance.system.security.GlobalFips.UpdateSpec: unset leaves the setting as it is.</summary>
public sealed record GlobalFipsUpdateSpec
{
    public bool? Enabled { get; init; }
}

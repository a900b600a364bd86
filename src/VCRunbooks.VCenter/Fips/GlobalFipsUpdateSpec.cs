namespace VCRunbooks.VCenter.Fips;

/// <summary>appliance.system.security.GlobalFips.UpdateSpec: unset leaves the setting as it is.</summary>
public sealed record GlobalFipsUpdateSpec
{
    /// <summary>True to enable global FIPS, false to disable; null leaves it unchanged.</summary>
    public bool? Enabled { get; init; }
}

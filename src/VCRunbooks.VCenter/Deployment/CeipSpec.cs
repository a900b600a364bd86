namespace VCRunbooks.VCenter.Deployment;

/// <summary>The vcsa_embedded / psc part of an upgrade or migrate spec: only the CEIP choice.</summary>
public sealed record CeipSpec
{
    public required bool CeipEnabled { get; init; }
}

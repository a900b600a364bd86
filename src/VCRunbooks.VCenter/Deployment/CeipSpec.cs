namespace VCRunbooks.VCenter.Deployment;

/// <summary>The vcsa_embedded / psc part of an upgrade or migrate spec: only the CEIP choice.</summary>
public sealed record CeipSpec
{
    /// <summary>Whether to join the Customer Experience Improvement Program.</summary>
    public required bool CeipEnabled { get; init; }
}

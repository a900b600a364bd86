namespace VCRunbooks.VCenter.Services;

/// <summary>The health of a running vCenter service.</summary>
public enum ServiceHealth
{
    /// <summary>Running but degraded (wire <c>DEGRADED</c>).</summary>
    Degraded,
    /// <summary>Running and healthy (<c>HEALTHY</c>).</summary>
    Healthy,
    /// <summary>Running, healthy, with warnings (<c>HEALTHY_WITH_WARNINGS</c>).</summary>
    HealthyWithWarnings,
}

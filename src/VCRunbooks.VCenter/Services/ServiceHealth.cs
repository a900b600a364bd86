namespace VCRunbooks.VCenter.Services;

/// <summary>The health of a running vCenter service.</summary>
public enum ServiceHealth
{
    Degraded,
    Healthy,
    HealthyWithWarnings,
}

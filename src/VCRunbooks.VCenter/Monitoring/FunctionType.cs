namespace VCRunbooks.VCenter.Monitoring;

/// <summary>appliance.Monitoring.FunctionType: how the samples of one interval are rolled up (COUNT sums them).</summary>
public enum FunctionType
{
    /// <summary>Sum of the samples in each interval (wire <c>COUNT</c>).</summary>
    Count,
    /// <summary>Maximum of the samples in each interval.</summary>
    Max,
    /// <summary>Average of the samples in each interval.</summary>
    Avg,
    /// <summary>Minimum of the samples in each interval.</summary>
    Min,
}

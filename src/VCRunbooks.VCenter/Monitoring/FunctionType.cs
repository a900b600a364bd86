namespace VCRunbooks.VCenter.Monitoring;

/// <summary>appliance.Monitoring.FunctionType: how the samples of one interval are rolled up (COUNT sums them).</summary>
public enum FunctionType
{
    Count,
    Max,
    Avg,
    Min,
}

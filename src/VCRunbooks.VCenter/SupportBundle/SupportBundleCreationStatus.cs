namespace VCRunbooks.VCenter.SupportBundle;

/// <summary>appliance.SupportBundle.CreationStatus: how a finished support bundle request ended.</summary>
public enum SupportBundleCreationStatus
{
    /// <summary>The bundle was created (wire <c>SUCCEEDED</c>).</summary>
    Succeeded,
    /// <summary>Creation failed (<c>FAILED</c>).</summary>
    Failed,
    /// <summary>Creation was cancelled (<c>CANCELLED</c>, double L).</summary>
    Cancelled,
}

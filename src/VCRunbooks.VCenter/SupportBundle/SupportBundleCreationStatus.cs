namespace VCRunbooks.VCenter.SupportBundle;

/// <summary>appliance.SupportBundle.CreationStatus: how a finished support bundle request ended.</summary>
public enum SupportBundleCreationStatus
{
    Succeeded,
    Failed,
    Cancelled,
}

namespace VCRunbooks.VCenter.Recovery.Reconciliation;

/// <summary>The status of a reconciliation job.</summary>
public enum ReconciliationStatus
{
    None,
    Running,
    Succeeded,
    Failed,
}

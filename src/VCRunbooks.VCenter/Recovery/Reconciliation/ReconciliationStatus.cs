namespace VCRunbooks.VCenter.Recovery.Reconciliation;

/// <summary>The status of a reconciliation job.</summary>
public enum ReconciliationStatus
{
    /// <summary>No reconciliation has run (wire <c>NONE</c>).</summary>
    None,
    /// <summary>Reconciling (<c>RUNNING</c>).</summary>
    Running,
    /// <summary>Reconciled (<c>SUCCEEDED</c>).</summary>
    Succeeded,
    /// <summary>Reconciliation failed (<c>FAILED</c>).</summary>
    Failed,
}

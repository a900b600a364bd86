namespace VCRunbooks.VCenter.Recovery.Reconciliation;

/// <summary>The body of reconciliation job create.</summary>
public sealed record ReconciliationSpec
{
    public string? SsoAdminUserName { get; init; }
    public string? SsoAdminUserPassword { get; init; }
    /// <summary>When not true, validation warnings (an unreachable partner) fail the reconciliation.</summary>
    public bool? IgnoreWarnings { get; init; }
}

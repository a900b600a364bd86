namespace VCRunbooks.VCenter.Recovery.Reconciliation;

/// <summary>The body of reconciliation job create.</summary>
public sealed record ReconciliationSpec
{
    /// <summary>SSO administrator user; needed on a management or embedded node, else null.</summary>
    public string? SsoAdminUserName { get; init; }
    /// <summary>That user's password (wire <c>sso_admin_user_password</c>); never logged.</summary>
    public string? SsoAdminUserPassword { get; init; }
    /// <summary>When not true, validation warnings (an unreachable partner) fail the reconciliation.</summary>
    public bool? IgnoreWarnings { get; init; }
}

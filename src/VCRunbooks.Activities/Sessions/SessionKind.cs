namespace VCRunbooks.Activities.Sessions;

/// <summary>How a session authenticates: an SSO user on the vAPI endpoint, or local root on the management side.</summary>
public enum SessionKind
{
    /// <summary>An SSO user (the target's SsoUser) on the vAPI endpoint, port 443.</summary>
    Sso,
    /// <summary>The appliance's local root on the management side, port 5480: stage 2 and restore.</summary>
    Root,
}

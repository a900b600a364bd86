namespace VCRunbooks.Activities.Sessions;

/// <summary>How a session authenticates: an SSO user on the vAPI endpoint, or local root on the management side.</summary>
public enum SessionKind
{
    Sso,
    Root,
}

namespace VCRunbooks.VCenter.Client.Connection;

/// <summary>How a client authenticates.</summary>
public enum CredentialKind
{
    /// <summary>An SSO user and password exchanged for a vAPI session (renewed once on expiry).</summary>
    SsoSession,

    /// <summary>A local OS account (root) sent as basic auth on every call, as the management side expects.</summary>
    LocalBasic,
}

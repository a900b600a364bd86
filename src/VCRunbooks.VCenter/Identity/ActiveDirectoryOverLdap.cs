namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.ActiveDirectoryOverLdap: how vCenter searches AD for AD FS users and groups.</summary>
public sealed record ActiveDirectoryOverLdap
{
    /// <summary>The AD user vCenter binds as.</summary>
    public required string UserName { get; init; }
    /// <summary>That user's password; never logged.</summary>
    public required string Password { get; init; }
    /// <summary>Base DN to search users under.</summary>
    public required string UsersBaseDn { get; init; }
    /// <summary>Base DN to search groups under.</summary>
    public required string GroupsBaseDn { get; init; }
    /// <summary>The AD servers, at least one, as <c>ldap://</c> or <c>ldaps://</c> URLs.</summary>
    public required IReadOnlyList<string> ServerEndpoints { get; init; }
    /// <summary>The LDAPS certificate chain; may be null only when every endpoint is plain LDAP.</summary>
    public CertChain? CertChain { get; init; }
}

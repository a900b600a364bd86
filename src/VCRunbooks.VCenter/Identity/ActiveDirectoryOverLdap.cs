namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.ActiveDirectoryOverLdap: how vCenter searches AD for AD FS users and groups.</summary>
public sealed record ActiveDirectoryOverLdap
{
    public required string UserName { get; init; }
    public required string Password { get; init; }
    public required string UsersBaseDn { get; init; }
    public required string GroupsBaseDn { get; init; }
    public required IReadOnlyList<string> ServerEndpoints { get; init; }
    public CertChain? CertChain { get; init; }
}

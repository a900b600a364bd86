using VCRunbooks.VCenter.Identity;

namespace VCRunbooks.Simulator.Identity;

/// <summary>Builds the stored provider from a create spec, and the list/get views (secrets masked).</summary>
internal static class ProviderViews
{
    private const string Hidden = "********";
    private const string AuthenticationHeader = "Authorization";

    public static OidcInfo OidcFrom(OidcCreateSpec spec)
    {
        // AD FS publishes its endpoints under the issuer, next to /.well-known/openid-configuration.
        var issuer = spec.DiscoveryEndpoint.Replace("/.well-known/openid-configuration", "", StringComparison.Ordinal).TrimEnd('/');
        return new OidcInfo
        {
            DiscoveryEndpoint = spec.DiscoveryEndpoint,
            LogoutEndpoint = issuer + "/oauth2/logout",
            AuthEndpoint = issuer + "/oauth2/authorize",
            TokenEndpoint = issuer + "/oauth2/token",
            PublicKeyUri = issuer + "/discovery/keys",
            ClientId = spec.ClientId,
            ClientSecret = spec.ClientSecret,
            ClaimMap = spec.ClaimMap,
            Issuer = issuer,
            AuthenticationMethod = AuthenticationMethod.ClientSecretBasic,
            AuthQueryParams = ClaimMap.NoParams,
        };
    }

    public static Oauth2Info Oauth2From(Oauth2CreateSpec spec) => new()
    {
        AuthEndpoint = spec.AuthEndpoint,
        TokenEndpoint = spec.TokenEndpoint,
        PublicKeyUri = spec.PublicKeyUri,
        ClientId = spec.ClientId,
        ClientSecret = spec.ClientSecret,
        ClaimMap = spec.ClaimMap,
        Issuer = spec.Issuer,
        AuthenticationMethod = spec.AuthenticationMethod,
        AuthQueryParams = spec.AuthQueryParams ?? ClaimMap.NoParams,
    };

    public static ProviderSummary Summary(string id, ProviderInfo info) => new()
    {
        Provider = id,
        Name = info.Name,
        ConfigTag = info.ConfigTag,
        IsDefault = info.IsDefault,
        DomainNames = info.DomainNames,
        AuthQueryParams = info.AuthQueryParams,
        Oidc = info.Oidc is { } oidc
            ? new OidcSummary
            {
                DiscoveryEndpoint = oidc.DiscoveryEndpoint,
                LogoutEndpoint = oidc.LogoutEndpoint,
                AuthEndpoint = oidc.AuthEndpoint,
                TokenEndpoint = oidc.TokenEndpoint,
                ClientId = oidc.ClientId,
                AuthenticationHeader = AuthenticationHeader,
                AuthQueryParams = oidc.AuthQueryParams,
            }
            : null,
        Oauth2 = info.Oauth2 is { } oauth2
            ? new Oauth2Summary
            {
                AuthEndpoint = oauth2.AuthEndpoint,
                TokenEndpoint = oauth2.TokenEndpoint,
                ClientId = oauth2.ClientId,
                AuthenticationHeader = AuthenticationHeader,
                AuthQueryParams = oauth2.AuthQueryParams,
            }
            : null,
    };

    /// <summary>The Info a GET answers with: client secrets and the LDAP bind password never leave the simulator.</summary>
    public static ProviderInfo Masked(ProviderInfo info) => info with
    {
        Oidc = info.Oidc is { } oidc ? oidc with { ClientSecret = Hidden } : null,
        Oauth2 = info.Oauth2 is { } oauth2 ? oauth2 with { ClientSecret = Hidden } : null,
        ActiveDirectoryOverLdap = info.ActiveDirectoryOverLdap is { } ldap ? ldap with { Password = Hidden } : null,
    };
}

using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Identity;

namespace VCRunbooks.Simulator.Identity;

/// <summary>The checks vCenter makes on a provider before storing it; each failure names the field.</summary>
internal static class ProviderValidation
{
    public static void Check(ConfigType tag, OidcCreateSpec? oidc, Oauth2CreateSpec? oauth2, IdmProtocol? protocol, ActiveDirectoryOverLdap? ldap)
    {
        if (tag == ConfigType.Oidc)
        {
            if (oidc is null)
            {
                throw VapiException.InvalidArgument("oidc", "config_tag Oidc needs the oidc settings (discovery_endpoint, client_id, client_secret, claim_map).");
            }
            HttpsUrl("oidc.discovery_endpoint", oidc.DiscoveryEndpoint);
            NotBlank("oidc.client_id", oidc.ClientId);
            NotBlank("oidc.client_secret", oidc.ClientSecret);
        }
        else
        {
            if (oauth2 is null)
            {
                throw VapiException.InvalidArgument("oauth2", "config_tag Oauth2 needs the oauth2 settings.");
            }
            HttpsUrl("oauth2.auth_endpoint", oauth2.AuthEndpoint);
            HttpsUrl("oauth2.token_endpoint", oauth2.TokenEndpoint);
            HttpsUrl("oauth2.public_key_uri", oauth2.PublicKeyUri);
            NotBlank("oauth2.client_id", oauth2.ClientId);
            NotBlank("oauth2.client_secret", oauth2.ClientSecret);
        }
        CheckLdap(protocol, ldap);
    }

    public static void CheckLdap(IdmProtocol? protocol, ActiveDirectoryOverLdap? ldap)
    {
        if (protocol == IdmProtocol.Ldap && ldap is null)
        {
            throw VapiException.InvalidArgument("active_directory_over_ldap", "idm_protocol LDAP needs the active_directory_over_ldap settings.");
        }
        if (ldap is null)
        {
            return;
        }
        if (protocol != IdmProtocol.Ldap)
        {
            throw VapiException.InvalidArgument("idm_protocol", "active_directory_over_ldap is only used with idm_protocol LDAP.");
        }
        NotBlank("active_directory_over_ldap.user_name", ldap.UserName);
        NotBlank("active_directory_over_ldap.password", ldap.Password);
        NotBlank("active_directory_over_ldap.users_base_dn", ldap.UsersBaseDn);
        NotBlank("active_directory_over_ldap.groups_base_dn", ldap.GroupsBaseDn);
        if (ldap.ServerEndpoints.Count == 0)
        {
            throw VapiException.InvalidArgument("active_directory_over_ldap.server_endpoints", "at least one Active Directory server endpoint must be set.");
        }
        foreach (var endpoint in ldap.ServerEndpoints)
        {
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("ldap" or "ldaps") || string.IsNullOrEmpty(uri.Host))
            {
                throw VapiException.InvalidArgument("active_directory_over_ldap.server_endpoints", $"'{endpoint}' is not of the form ldap://hostname:port or ldaps://hostname:port.");
            }
        }
        if (ldap.ServerEndpoints.Any(e => e.StartsWith("ldaps://", StringComparison.OrdinalIgnoreCase)) && ldap.CertChain is not { Certificates.Count: > 0 })
        {
            throw VapiException.InvalidArgument("active_directory_over_ldap.cert_chain", "an LDAPS endpoint needs the server's certificate chain.");
        }
    }

    public static void HttpsUrl(string field, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw VapiException.InvalidArgument(field, $"'{value}' is not an https URL.");
        }
    }

    public static void NotBlank(string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw VapiException.InvalidArgument(field, "a value is required.");
        }
    }
}

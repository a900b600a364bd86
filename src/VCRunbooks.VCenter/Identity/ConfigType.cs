using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.ConfigType (mixed case on the wire).</summary>
public enum ConfigType
{
    /// <summary>An OAuth2 provider (wire <c>Oauth2</c>).</summary>
    [JsonStringEnumMemberName("Oauth2")]
    Oauth2,
    /// <summary>An OpenID Connect provider, configured through its discovery endpoint (wire <c>Oidc</c>).</summary>
    [JsonStringEnumMemberName("Oidc")]
    Oidc,
}

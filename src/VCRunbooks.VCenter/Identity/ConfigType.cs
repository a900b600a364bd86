using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.ConfigType (mixed case on the wire).</summary>
public enum ConfigType
{
    [JsonStringEnumMemberName("Oauth2")]
    Oauth2,
    [JsonStringEnumMemberName("Oidc")]
    Oidc,
}

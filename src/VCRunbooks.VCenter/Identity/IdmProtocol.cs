using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.IdmProtocol: how vCenter searches the provider's users and groups.</summary>
public enum IdmProtocol
{
    Rest,
    Scim,
    [JsonStringEnumMemberName("SCIM2_0")]
    Scim20,
    Ldap,
}

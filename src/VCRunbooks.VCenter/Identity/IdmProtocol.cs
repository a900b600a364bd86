using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.IdmProtocol: how vCenter searches the provider's users and groups.</summary>
public enum IdmProtocol
{
    /// <summary>A REST identity-management endpoint (wire <c>REST</c>).</summary>
    Rest,
    /// <summary>SCIM 1.1 (<c>SCIM</c>).</summary>
    Scim,
    /// <summary>SCIM 2.0 (<c>SCIM2_0</c>).</summary>
    [JsonStringEnumMemberName("SCIM2_0")]
    Scim20,
    /// <summary>Active Directory over LDAP; needs <see cref="ActiveDirectoryOverLdap"/> (<c>LDAP</c>).</summary>
    Ldap,
}

namespace VCRunbooks.VCenter.Client.Connection;

/// <summary>Who the client logs in as. The password never appears in <see cref="ToString"/>.</summary>
public sealed class VCenterCredentials
{
    private VCenterCredentials(CredentialKind kind, string userName, string password)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            throw new ArgumentException("The user name must not be empty.", nameof(userName));
        }
        if (string.IsNullOrEmpty(password))
        {
            throw new ArgumentException("The password must not be empty.", nameof(password));
        }
        if (userName.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("The user name must not contain ':' (basic auth separator).", nameof(userName));
        }
        Kind = kind;
        UserName = userName;
        Password = password;
    }

    /// <summary>How the credentials are used: an SSO session or basic auth on each call.</summary>
    public CredentialKind Kind { get; }
    /// <summary>The user, e.g. <c>administrator@vsphere.local</c> or <c>root</c>.</summary>
    public string UserName { get; }
    /// <summary>The password; never logged and never in <see cref="ToString"/>.</summary>
    public string Password { get; }

    /// <summary>An SSO user (e.g. administrator@vsphere.local) who logs in to a session.</summary>
    public static VCenterCredentials Sso(string userName, string password) => new(CredentialKind.SsoSession, userName, password);

    /// <summary>The appliance's local root account, sent as basic auth on each management call.</summary>
    public static VCenterCredentials LocalRoot(string password, string userName = "root") => new(CredentialKind.LocalBasic, userName, password);

    /// <summary>The kind and user name, with the password hidden.</summary>
    public override string ToString() => $"{Kind} {UserName} (password hidden)";
}

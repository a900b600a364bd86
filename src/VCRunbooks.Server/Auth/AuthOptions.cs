namespace VCRunbooks.Server.Auth;

/// <summary>Who may call the API; bound from the <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section: <c>Auth</c>.</summary>
    public const string SectionName = "Auth";

    /// <summary>The API keys callers send in <c>X-Api-Key</c>, each with a name and a role.</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];
    /// <summary>Bearer-token settings; off unless an authority or a signing key is set.</summary>
    public JwtOptions Jwt { get; set; } = new();

    /// <summary>
    /// When no admin key is configured, generate one on first run, keep it in the data folder (owner-only) and
    /// print it once. Safer than trusting loopback callers, which any local process or a DNS-rebinding page can be.
    /// </summary>
    public bool GenerateFirstRunAdminKey { get; set; } = true;
}

namespace VCRunbooks.Server.Auth;

/// <summary>Who may call the API; bound from the <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    public List<ApiKeyOptions> ApiKeys { get; set; } = [];
    public JwtOptions Jwt { get; set; } = new();

    /// <summary>
    /// When no admin key is configured, generate one on first run, keep it in the data folder (owner-only) and
    /// print it once. Safer than trusting loopback callers, which any local process or a DNS-rebinding page can be.
    /// </summary>
    public bool GenerateFirstRunAdminKey { get; set; } = true;
}

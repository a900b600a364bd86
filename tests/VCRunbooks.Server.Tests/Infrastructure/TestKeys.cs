namespace VCRunbooks.Server.Tests.Infrastructure;

/// <summary>The API keys and JWT signing key every test server is configured with.</summary>
public static class TestKeys
{
    public const string JwtSigningKey = "test-signing-key-0123456789abcdef0123456789";
    public const string JwtIssuer = "vcrunbooks-tests";
    public const string JwtAudience = "vcrunbooks";

    /// <summary>A key per role; the key names the role so failures read clearly.</summary>
    public static string For(string role) => $"test-{role}-key-0123456789";
}

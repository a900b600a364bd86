namespace VCRunbooks.Server.Auth;

/// <summary>JWT bearer settings; bearer tokens are accepted only when an authority or a signing key is set.</summary>
public sealed class JwtOptions
{
    /// <summary>OpenID Connect authority whose keys sign the tokens (production).</summary>
    public string? Authority { get; set; }
    /// <summary>The audience tokens must name; not checked when null.</summary>
    public string? Audience { get; set; }
    /// <summary>The issuer tokens must name; not checked when null.</summary>
    public string? Issuer { get; set; }
    /// <summary>Symmetric HMAC key, at least 32 bytes, for set-ups without an identity provider.</summary>
    public string? SigningKey { get; set; }
    /// <summary>Claim that carries the role: viewer, operator, author or admin.</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>True when bearer tokens are accepted: <see cref="Authority"/> or <see cref="SigningKey"/> is set.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);
}

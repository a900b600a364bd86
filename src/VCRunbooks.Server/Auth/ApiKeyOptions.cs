namespace VCRunbooks.Server.Auth;

/// <summary>One configured API key: who it is and which role it carries.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Who uses the key (shown in logs instead of the key).</summary>
    public string Name { get; set; } = "";
    /// <summary>The key itself; prefer <see cref="KeySha256"/> so configuration does not hold it.</summary>
    public string? Key { get; set; }
    /// <summary>SHA-256 of the key, hex.</summary>
    public string? KeySha256 { get; set; }
    /// <summary>The role the key carries: viewer (the default), operator, author or admin; any other value stops the server at start.</summary>
    public string Role { get; set; } = Roles.Viewer;
}

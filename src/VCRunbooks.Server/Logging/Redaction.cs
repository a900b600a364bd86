namespace VCRunbooks.Server.Logging;

/// <summary>What counts as sensitive in a log event.</summary>
internal static class Redaction
{
    public const string Mask = "***";

    private static readonly string[] SensitiveNameParts = ["password", "secret", "token", "apikey", "api_key", "authorization", "credential", "privatekey"];

    /// <summary>True for property names such as Password, ssoPasswordValue, X-Api-Key or Authorization.</summary>
    public static bool IsSensitiveName(string name)
    {
        var normalized = name.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        // A reference to a secret (its name) is not itself secret: SsoPasswordSecret names a secret, it is not one.
        if (normalized.EndsWith("secretname", StringComparison.Ordinal) || normalized is "ssopasswordsecret" or "rootpasswordsecret")
        {
            return false;
        }
        return SensitiveNameParts.Any(part => normalized.Contains(part, StringComparison.Ordinal));
    }
}

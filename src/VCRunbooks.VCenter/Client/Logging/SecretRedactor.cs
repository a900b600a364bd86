using System.Text.Json;
using System.Text.Json.Nodes;

namespace VCRunbooks.VCenter.Client.Logging;

/// <summary>Removes secrets from what is logged: credential headers, password-like fields, user_data values.</summary>
internal static class SecretRedactor
{
    public const string Mask = "***";

    private static readonly string[] SecretHeaders = ["Authorization", "vmware-api-session-id", "Cookie", "Set-Cookie", "Proxy-Authorization"];
    private static readonly string[] SecretWords = ["password", "secret", "token", "session_id", "encryption_key", "private_key"];

    public static bool IsSecretHeader(string name) => SecretHeaders.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static bool IsSecretName(string name) => SecretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>The JSON text with secrets masked; a body that is not JSON is masked entirely.</summary>
    public static string RedactJson(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return json;
        }
        try
        {
            var node = JsonNode.Parse(json);
            if (node is JsonValue)
            {
                // A bare string body (a login token, a config document) is never logged.
                return Mask;
            }
            Redact(node);
            return node?.ToJsonString() ?? "null";
        }
        catch (JsonException)
        {
            return Mask;
        }
    }

    /// <summary>The URL with secret-named query values masked (the /rest form puts passwords in queries).</summary>
    public static string RedactUrl(Uri url)
    {
        if (string.IsNullOrEmpty(url.Query))
        {
            return url.ToString();
        }
        var parts = url.Query.TrimStart('?').Split('&').Select(pair =>
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            return equals > 0 && IsSecretName(Uri.UnescapeDataString(pair[..equals])) ? pair[..(equals + 1)] + Mask : pair;
        });
        return url.GetLeftPart(UriPartial.Path) + "?" + string.Join('&', parts);
    }

    private static void Redact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (string.Equals(name, "user_data", StringComparison.OrdinalIgnoreCase) && obj[name] is JsonObject userData)
                    {
                        // Update answers (passwords among them) travel in user_data; keep the keys, hide every value.
                        foreach (var key in userData.Select(p => p.Key).ToList())
                        {
                            userData[key] = Mask;
                        }
                    }
                    else if (string.Equals(name, "user_data", StringComparison.OrdinalIgnoreCase) && obj[name] is JsonArray pairs)
                    {
                        // The /rest form sends user_data as [{"key":..,"value":..}].
                        foreach (var pair in pairs.OfType<JsonObject>().Where(p => p.ContainsKey("value")))
                        {
                            pair["value"] = Mask;
                        }
                    }
                    else if (IsSecretName(name) && obj[name] is JsonValue)
                    {
                        obj[name] = Mask;
                    }
                    else
                    {
                        Redact(obj[name]);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Redact(item);
                }
                break;
        }
    }
}

using System.Security.Cryptography;
using System.Text;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>Requests signed the way each vendor signs them (formats from their docs), built by hand so the test does not share the server's code.</summary>
public static class WebhookSigning
{
    public static string HexHmac(string key, string body) => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(body)));

    public static HttpRequestMessage Json(string url, string body, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }

    public static HttpRequestMessage GitHub(string body, string delivery, string eventName = "release", string secret = WebhookFixture.GitHubSecret) =>
        Json("/hooks/github-release", body, ("X-GitHub-Event", eventName), ("X-GitHub-Delivery", delivery), ("X-Hub-Signature-256", "sha256=" + HexHmac(secret, body)));

    /// <summary>Standard Webhooks: base64 HMAC of "{id}.{timestamp}.{body}" keyed by the whsec_ secret's bytes.</summary>
    public static HttpRequestMessage Standard(string body, string id, DateTimeOffset at, string secret = WebhookFixture.StandardSecret)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(secret["whsec_".Length..]), Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
        return Json("/hooks/standard", body, ("webhook-id", id), ("webhook-timestamp", timestamp), ("webhook-signature", "v1,bm90LXRoaXMtb25l v1," + signature));
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>Slash commands and button clicks signed as Slack signs them, with response URLs on the local fake Slack.</summary>
public sealed class SlackSigner(FakeChatServer slack, TimeProvider time)
{
    private const string SigningSecret = SlackFixture.SigningSecret;
    private FakeChatServer Slack => slack;

    /// <summary>A request signed as Slack signs it: v0 hex HMAC of "v0:{timestamp}:{body}" with the signing secret.</summary>
    public HttpRequestMessage Signed(string path, string body, DateTimeOffset? at = null, string secret = SigningSecret)
    {
        var timestamp = (at ?? time.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + WebhookSigning.HexHmac(secret, $"v0:{timestamp}:{body}"));
        return request;
    }

    public HttpRequestMessage Command(string user, string text, string responsePath, DateTimeOffset? at = null, string secret = SigningSecret) =>
        Signed("/chat/slack/commands", Form(
            ("token", "deprecated"), ("team_id", "T0001"), ("team_domain", "ops"), ("channel_id", "C_OPS"), ("channel_name", "ops"),
            ("user_id", user), ("user_name", user.ToLowerInvariant()), ("command", "/runbook"), ("text", text),
            ("api_app_id", "A0001"), ("is_enterprise_install", "false"), ("response_url", Slack.Url(responsePath).ToString()),
            ("trigger_id", Guid.NewGuid().ToString("N"))), at, secret);

    public HttpRequestMessage Click(string user, string value, string responsePath, string channel = "C_OPS", string ts = "1700000000.000001")
    {
        var payload = JsonSerializer.Serialize(new
        {
            type = "block_actions",
            user = new { id = user, username = user.ToLowerInvariant(), team_id = "T0001" },
            team = new { id = "T0001", domain = "ops" },
            api_app_id = "A0001",
            container = new { type = "message", message_ts = ts, channel_id = channel },
            channel = new { id = channel, name = "ops" },
            trigger_id = Guid.NewGuid().ToString("N"),
            response_url = Slack.Url(responsePath).ToString(),
            actions = new[] { new { type = "button", action_id = "vcrunbooks_answer_0", block_id = "q", value, action_ts = "1700000001.000200" } },
        });
        return Signed("/chat/slack/interactions", Form(("payload", payload)));
    }

    public static string Form(params (string Name, string Value)[] fields) =>
        string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Name) + "=" + Uri.EscapeDataString(f.Value)));

}

using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>A server with a Slack workspace and aliases; Slack's Web API and response URLs are a local fake; time is a FakeTimeProvider.</summary>
public sealed class SlackFixture : IAsyncLifetime
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string Operator = "U_OLIVIA";
    public const string OnCall = "U_OSCAR";
    public const string Viewer = "U_VICTOR";
    public const string Stranger = "U_MALLORY";

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public FakeChatServer Slack { get; private set; } = null!;

    public TriggerServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Slack = await FakeChatServer.StartAsync();
        Slack.Groups["S_ONCALL"] = [OnCall];
        Server = await TriggerServer.StartAsync(new Dictionary<string, string>
        {
            ["slack.json"] = $$"""
                { "id": "slack", "kind": "chat", "platform": "slack", "signingSecret": "slack-signing", "botToken": "slack-bot",
                  "operators": { "users": [ "{{Operator}}" ], "groups": [ "S_ONCALL" ] }, "viewers": { "users": [ "{{Viewer}}" ] } }
                """,
            ["ask-alias.json"] = """{ "id": "ask-alias", "kind": "alias", "runbook": "ask", "description": "Asks whether to proceed.", "formats": [ "ask" ] }""",
            ["greet-alias.json"] = """
                { "id": "greet", "kind": "alias", "runbook": "from-slack", "formats": [ "greet {target} [mode {mode=quick}]" ], "inputs": { "note": "from chat" } }
                """,
        }, ["from-slack"], new Dictionary<string, string> { ["slack-signing"] = SigningSecret, ["slack-bot"] = "xoxb-not-a-real-token" },
        [$"--Triggers:SlackApiUrl={Slack.Url("api/")}"],
        customize: b => b.Services.AddSingleton<TimeProvider>(Time));
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Slack.DisposeAsync();
    }

    /// <summary>A request signed as Slack signs it: v0 hex HMAC of "v0:{timestamp}:{body}" with the signing secret.</summary>
    public HttpRequestMessage Signed(string path, string body, DateTimeOffset? at = null, string secret = SigningSecret)
    {
        var timestamp = (at ?? Time.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
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

    public async Task<(System.Net.HttpStatusCode Status, JsonElement Body)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await Server.Server.Client(null).SendAsync(request))
        {
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
        }
    }

    public async Task<JsonElement> RunAsync(string runId) =>
        await Server.Server.Client(VCRunbooks.Server.Auth.Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/runs/{runId}");
}

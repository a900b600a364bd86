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

    public HttpRequestMessage Signed(string path, string body, DateTimeOffset? at = null, string secret = SigningSecret) => Signer.Signed(path, body, at, secret);

    public HttpRequestMessage Command(string user, string text, string responsePath, DateTimeOffset? at = null, string secret = SigningSecret) =>
        Signer.Command(user, text, responsePath, at, secret);

    public HttpRequestMessage Click(string user, string value, string responsePath, string channel = "C_OPS", string ts = "1700000000.000001") =>
        Signer.Click(user, value, responsePath, channel, ts);

    public static string Form(params (string Name, string Value)[] fields) => SlackSigner.Form(fields);

    private SlackSigner Signer => new(Slack, Time);

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

using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Triggers.Chat;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>
/// A Teams command is recorded as a pending start before its synchronous reply, like Slack's: when the run is not
/// started within the reply (here: a node that leaves starting to others), the reply says "Starting", and a starter
/// starts it later, exactly once, whatever Teams redelivers.
/// </summary>
public sealed class TeamsPendingStartTests
{
    private const string Token = "vqF0En+Z0ucuRTM/01o2GuhMH3hKKk/N2bOmlM31zaA=";

    private static Dictionary<string, string> Files => new()
    {
        ["teams.json"] = """{ "id": "teams", "kind": "chat", "platform": "teams", "signingSecret": "teams-token", "operators": { "users": [ "aad-olivia" ] } }""",
        ["greet.json"] = """{ "id": "greet", "kind": "alias", "runbook": "from-chat", "formats": [ "greet {target}" ] }""",
    };

    [Fact]
    public async Task CommandNotStartedWithinTheReply_RecordedAndAnsweredStarting_StarterStartsOneRun_RedeliveriesStartNone()
    {
        await using var server = await TriggerServer.StartAsync(Files, ["from-chat"], new Dictionary<string, string> { ["teams-token"] = Token },
            ["--Triggers:ChatStartWorkers=0"]);
        var teams = server.Server.Client(null);

        var reply = await SendAsync(teams, "act-1", "greet vcsa-05");
        Assert.StartsWith("Starting `from-chat` for olivia (target=vcsa-05); its run will be listed at ", reply, StringComparison.Ordinal);
        var pending = Assert.Single((await server.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>("/api/triggers/starts?status=pending")).EnumerateArray());
        Assert.Equal("teams:act-1", pending.GetProperty("id").GetString());
        Assert.Empty(await server.RunsOfAsync("from-chat"));
        Assert.StartsWith("Already received: `from-chat`", await SendAsync(teams, "act-1", "greet vcsa-05"), StringComparison.Ordinal);

        var started = Assert.Single(await server.Server.Services.GetRequiredService<ChatStarts>().StartDueAsync(CancellationToken.None));

        Assert.Equal(ChatStartStatus.Started, started.Status);
        Assert.Equal(started.RunId, Assert.Single(await server.RunsOfAsync("from-chat")));
        Assert.StartsWith($"Already started: run <", await SendAsync(teams, "act-1", "greet vcsa-05"), StringComparison.Ordinal);
        Assert.Single(await server.RunsOfAsync("from-chat"));
    }

    private static async Task<string> SendAsync(HttpClient client, string activityId, string text)
    {
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            id = activityId,
            timestamp = DateTimeOffset.UtcNow,
            from = new { id = "29:aad-olivia", name = "olivia", aadObjectId = "aad-olivia" },
            conversation = new { id = "19:ops@thread.skype" },
            text = $"<at>Runbooks</at> {text}",
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/chat/teams/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "HMAC " + Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(Token), Encoding.UTF8.GetBytes(body))));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString()!;
    }
}

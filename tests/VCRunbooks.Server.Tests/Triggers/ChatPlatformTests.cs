using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>Mattermost (command token, buttons whose context carries an HMAC) and Teams (outgoing webhook HMAC, synchronous replies), end to end.</summary>
public sealed class ChatPlatformTests : IAsyncLifetime
{
    private const string MattermostToken = "mm-command-token-0123456789";
    private const string TeamsToken = "vqF0En+Z0ucuRTM/01o2GuhMH3hKKk/N2bOmlM31zaA=";
    private FakeChatServer? _fake;
    private TriggerServer? _server;

    public async Task InitializeAsync()
    {
        _fake = await FakeChatServer.StartAsync();
        _fake.Groups["mmgroup-oncall"] = ["mm-oscar"];
        _server = await TriggerServer.StartAsync(new Dictionary<string, string>
        {
            ["mattermost.json"] = """
                { "id": "mattermost", "kind": "chat", "platform": "mattermost", "signingSecret": "mm-token", "botToken": "mm-bot", "operators": { "users": [ "mm-olivia" ], "groups": [ "mmgroup-oncall" ] } }
                """,
            ["teams.json"] = """
                { "id": "teams", "kind": "chat", "platform": "teams", "signingSecret": "teams-token", "operators": { "users": [ "aad-olivia" ] } }
                """,
            ["ask-alias.json"] = """{ "id": "ask-alias", "kind": "alias", "runbook": "ask", "formats": [ "ask" ] }""",
        }, [], new Dictionary<string, string> { ["mm-token"] = MattermostToken, ["mm-bot"] = "mm-bot-token", ["teams-token"] = TeamsToken },
        [$"--Triggers:MattermostUrl={_fake.BaseAddress}"]);
        ResponseUrl = _fake.Url("mm-response").ToString();
    }

    public async Task DisposeAsync()
    {
        await _server!.DisposeAsync();
        await _fake!.DisposeAsync();
    }

    private HttpClient Anonymous => _server!.Server.Client(null);

    private async Task<JsonElement> RunAsync(string runId) => await _server!.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/runs/{runId}");

    private static string ResponseUrl = string.Empty;

    private static HttpRequestMessage MattermostCommand(string user, string text, string token = MattermostToken)
    {
        var body = SlackFixture.Form(("channel_id", "mm-channel"), ("channel_name", "ops"), ("command", "/runbook"), ("team_domain", "ops"), ("team_id", "t1"),
            ("text", text), ("token", token), ("user_id", user), ("user_name", user[3..]), ("trigger_id", Guid.NewGuid().ToString("N")), ("response_url", ResponseUrl));
        var request = new HttpRequestMessage(HttpMethod.Post, "/chat/mattermost/commands") { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.TryAddWithoutValidation("Authorization", "Token " + token);
        return request;
    }

    private static HttpRequestMessage MattermostClick(string user, JsonNode context) =>
        new(HttpMethod.Post, "/chat/mattermost/actions")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["user_id"] = user, ["user_name"] = user[3..], ["channel_id"] = "mm-channel", ["team_id"] = "t1", ["post_id"] = "post1",
                ["trigger_id"] = "tr", ["type"] = "button", ["context"] = context.DeepClone(),
            }),
        };

    private static HttpRequestMessage Teams(string aadUser, string text, string token = TeamsToken)
    {
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            id = Guid.NewGuid().ToString("N"),
            timestamp = DateTimeOffset.UtcNow,
            from = new { id = "29:" + aadUser, name = aadUser[4..], aadObjectId = aadUser },
            conversation = new { id = "19:ops@thread.skype" },
            text = $"<at>Runbooks</at> {text}",
        });
        var hmac = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(token), Encoding.UTF8.GetBytes(body)));
        var request = new HttpRequestMessage(HttpMethod.Post, "/chat/teams/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "HMAC " + hmac);
        return request;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await Anonymous.SendAsync(request))
        {
            return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
        }
    }

    [Fact]
    public async Task Mattermost_QuestionButtons_ForgedAndStrangerClicksChangeNothing_OperatorClickResumesTheRun()
    {
        var (status, reply) = await SendAsync(MattermostCommand("mm-olivia", "ask"));
        Assert.True(status == HttpStatusCode.OK, reply.ToString());
        Assert.StartsWith("Starting `ask`", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        var started = await _fake!.WaitForAsync(r => r.Path == "/mm-response" && r.Body.Contains("Started", StringComparison.Ordinal));
        var runId = started.Json!["text"]!.GetValue<string>().Split('|')[^1].Split('>')[0];
        var post = await _fake!.WaitForAsync(r => r.Path == "/api/v4/posts" && r.Body.Contains(runId, StringComparison.Ordinal));
        Assert.Equal("Bearer mm-bot-token", post.Headers["authorization"]);
        var actions = post.Json!["props"]!["attachments"]![0]!["actions"]!.AsArray();
        Assert.Equal(["yes", "no"], actions.Select(a => a!["name"]!.GetValue<string>()).ToArray());
        var yes = actions[0]!["integration"]!["context"]!;

        var forged = yes.DeepClone();
        forged["answer"] = "no";
        var (forgedStatus, _) = await SendAsync(MattermostClick("mm-olivia", forged));
        var (_, stranger) = await SendAsync(MattermostClick("mm-mallory", yes));
        Assert.Equal(HttpStatusCode.Unauthorized, forgedStatus);
        Assert.StartsWith("Not allowed", stranger.GetProperty("ephemeral_text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Suspended", (await RunAsync(runId)).GetProperty("status").GetString());

        var (_, answered) = await SendAsync(MattermostClick("mm-olivia", yes));
        Assert.Equal("**Proceed?**\nAnswered yes by mattermost:mm-olivia (olivia).", answered.GetProperty("update").GetProperty("message").GetString());
        await RunDriver.FollowAsync(_server!.Server, runId, e => e.Event == "RunCompleted" || (e.Event == "state" && e.Data.Contains("\"status\":\"Completed\"", StringComparison.Ordinal)));
        Assert.Equal("mattermost:mm-olivia (olivia)", (await RunAsync(runId)).GetProperty("outputs").GetProperty("ask").GetProperty("AnsweredBy").GetString());
        var (_, again) = await SendAsync(MattermostClick("mm-olivia", yes));
        Assert.Equal("Already answered yes by mattermost:mm-olivia (olivia).", again.GetProperty("ephemeral_text").GetString());
    }

    [Fact]
    public async Task Mattermost_GroupMember_IsAnOperator_ByTheGroupsMembersReadWithTheBotToken()
    {
        var (_, reply) = await SendAsync(MattermostCommand("mm-oscar", "ask"));
        Assert.StartsWith("Starting `ask`", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        var read = await _fake!.WaitForAsync(r => r.Method == "GET" && r.Path == "/api/v4/groups/mmgroup-oncall/members");
        Assert.Equal("Bearer mm-bot-token", read.Headers["authorization"]);
        var started = await _fake!.WaitForAsync(r => r.Path == "/mm-response" && r.Body.Contains("Started", StringComparison.Ordinal) && r.Body.Contains("ask", StringComparison.Ordinal));
        var runId = started.Json!["text"]!.GetValue<string>().Split('|')[^1].Split('>')[0];
        var post = await _fake!.WaitForAsync(r => r.Path == "/api/v4/posts" && r.Body.Contains(runId, StringComparison.Ordinal));
        var no = post.Json!["props"]!["attachments"]![0]!["actions"]![1]!["integration"]!["context"]!;

        var (_, notMember) = await SendAsync(MattermostClick("mm-mallory", no));
        var (_, answered) = await SendAsync(MattermostClick("mm-oscar", no));

        Assert.StartsWith("Not allowed", notMember.GetProperty("ephemeral_text").GetString(), StringComparison.Ordinal);
        Assert.Equal("**Proceed?**\nAnswered no by mattermost:mm-oscar (oscar).", answered.GetProperty("update").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Mattermost_WrongToken_401()
    {
        var (status, body) = await SendAsync(MattermostCommand("mm-olivia", "ask", token: "guessed"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("bad_credentials", body.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Teams_CommandThenAnswerByMessage_ResumesTheRun_WrongHmacRefused()
    {
        var (status, started) = await SendAsync(Teams("aad-olivia", "ask"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("message", started.GetProperty("type").GetString());
        var text = started.GetProperty("text").GetString()!;
        Assert.Contains("/api/questions", text, StringComparison.Ordinal);
        var runId = text.Split('|')[1].Split('>')[0];
        await RunDriver.WaitForQuestionAsync(_server!.Server, runId);

        var (_, listed) = await SendAsync(Teams("aad-olivia", "questions"));
        var questionId = (await RunAsync(runId)).GetProperty("waiting").EnumerateArray().First(w => w.GetProperty("name").GetString() == "question").GetProperty("correlationKey").GetString()!;
        Assert.Contains($"Proceed? (yes / no): answer {questionId} <answer>", listed.GetProperty("text").GetString(), StringComparison.Ordinal);

        var (_, stranger) = await SendAsync(Teams("aad-mallory", $"answer {questionId} no"));
        Assert.StartsWith("Not allowed", stranger.GetProperty("text").GetString(), StringComparison.Ordinal);
        var (_, answered) = await SendAsync(Teams("aad-olivia", $"answer {questionId} no"));
        Assert.Equal("Answered no by teams:aad-olivia (olivia).", answered.GetProperty("text").GetString());
        await RunDriver.FollowAsync(_server.Server, runId, e => e.Event == "RunCompleted" || (e.Event == "state" && e.Data.Contains("\"status\":\"Completed\"", StringComparison.Ordinal)));
        Assert.Equal("no", (await RunAsync(runId)).GetProperty("outputs").GetProperty("ask").GetProperty("Answer").GetString());

        var (wrong, _) = await SendAsync(Teams("aad-olivia", "ask", token: Convert.ToBase64String(new byte[32])));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
    }
}

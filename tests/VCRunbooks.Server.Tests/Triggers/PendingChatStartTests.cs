using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VCRunbooks.Engine;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Triggers.Chat;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>
/// A chat command's start is recorded in the database before the command is acknowledged, and a starter makes it one
/// run: redeliveries and a second node start nothing more, and a start that cannot happen says why in chat, the API
/// and the log. (The same across a SIGKILL: <see cref="PendingChatStartRestartTests"/>.)
/// </summary>
public sealed class PendingChatStartTests : IAsyncLifetime
{
    private FakeChatServer _slack = null!;

    public static Dictionary<string, string> Files => new()
    {
        ["slack.json"] = $$"""
            { "id": "slack", "kind": "chat", "platform": "slack", "signingSecret": "slack-signing", "operators": { "users": [ "{{SlackFixture.Operator}}" ] } }
            """,
        ["greet.json"] = """{ "id": "greet", "kind": "alias", "runbook": "from-chat", "formats": [ "greet {target}" ] }""",
    };

    public static Dictionary<string, string> Secrets => new() { ["slack-signing"] = SlackFixture.SigningSecret };

    public async Task InitializeAsync() => _slack = await FakeChatServer.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    /// <summary>A slash command as Slack sends it, with a fixed trigger_id (what a redelivery repeats).</summary>
    public static HttpRequestMessage Command(FakeChatServer slack, string text, string triggerId, string responsePath) =>
        new SlackSigner(slack, TimeProvider.System).Signed("/chat/slack/commands", SlackSigner.Form(
            ("team_id", "T0001"), ("channel_id", "C_OPS"), ("user_id", SlackFixture.Operator), ("user_name", "olivia"), ("command", "/runbook"),
            ("text", text), ("response_url", slack.Url(responsePath).ToString()), ("trigger_id", triggerId)));

    public static async Task<string> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString()!;
        }
    }

    [Fact]
    public async Task TwentyConcurrentRedeliveriesOfOneCommand_OneAckSaysStarting_OneRun_OneRunLink()
    {
        await using var server = await TriggerServer.StartAsync(Files, ["from-chat"], Secrets, [$"--Triggers:SlackApiUrl={_slack.Url("api/")}"]);
        var client = server.Server.Client(null);

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SendAsync(client, Command(_slack, "greet vcsa-01", "trig-redelivered", "response/redelivered"))));

        Assert.Single(replies, r => r.StartsWith("Starting `from-chat` for olivia (target=vcsa-01)", StringComparison.Ordinal));
        Assert.All(replies.Where(r => !r.StartsWith("Starting", StringComparison.Ordinal)), r => Assert.True(
            r.StartsWith("Already received: `from-chat`", StringComparison.Ordinal) || r.StartsWith("Already started: run", StringComparison.Ordinal), r));
        var link = await _slack.WaitForAsync(r => r.Path == "/response/redelivered" && r.Body.Contains("Started", StringComparison.Ordinal));
        var runs = await server.RunsOfAsync("from-chat");
        var runId = Assert.Single(runs);
        Assert.Contains(runId, link.Body, StringComparison.Ordinal);
        await Infrastructure.RunDriver.WaitForEndAsync(server.Server, runId);

        // Once started, a redelivery names the run, and still starts none.
        var again = await SendAsync(client, Command(_slack, "greet vcsa-01", "trig-redelivered", "response/redelivered"));
        Assert.StartsWith("Already started: run <", again, StringComparison.Ordinal);
        Assert.EndsWith($"/api/runs/{runId}|{runId}>", again, StringComparison.Ordinal);
        Assert.Single(await server.RunsOfAsync("from-chat"));
        Assert.Single(_slack.Requests, r => r.Path == "/response/redelivered" && r.Body.Contains("Started", StringComparison.Ordinal));
        var starts = await server.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>("/api/triggers/starts?status=started");
        var start = Assert.Single(starts.EnumerateArray());
        Assert.Equal("slack:trig-redelivered", start.GetProperty("id").GetString());
        Assert.Equal(runId, start.GetProperty("runId").GetString());
        Assert.Equal("vcsa-01", start.GetProperty("inputs").GetProperty("target").GetString());
        Assert.False(start.TryGetProperty("responseUrl", out _));
    }

    [Fact]
    public async Task RunbookRetractedBetweenAckAndStart_FailedWithTheReason_InChatTheApiAndTheLog()
    {
        // No workers: this node records and the test starts what is pending, so the retraction lands in between.
        await using var server = await TriggerServer.StartAsync(Files, ["from-chat"], Secrets,
            [$"--Triggers:SlackApiUrl={_slack.Url("api/")}", "--Triggers:ChatStartWorkers=0"]);
        var ack = await SendAsync(server.Server.Client(null), Command(_slack, "greet vcsa-02", "trig-retracted", "response/retracted"));
        Assert.StartsWith("Starting `from-chat`", ack, StringComparison.Ordinal);
        var pending = await server.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>("/api/triggers/starts?status=pending");
        Assert.Equal("slack:trig-retracted", Assert.Single(pending.EnumerateArray()).GetProperty("id").GetString());

        Assert.True(await server.Server.Services.GetRequiredService<IRunbookEngine>().RetractAsync("from-chat", "retired by the test"));
        var handled = await server.Server.Services.GetRequiredService<ChatStarts>().StartDueAsync(CancellationToken.None);

        var failed = Assert.Single(handled);
        Assert.Equal(ChatStartStatus.Failed, failed.Status);
        Assert.Contains("runbook 'from-chat' did not start", failed.Reason, StringComparison.Ordinal);
        Assert.Empty(await server.RunsOfAsync("from-chat"));
        var reply = await _slack.WaitForAsync(r => r.Path == "/response/retracted");
        Assert.Contains($"Not started: {failed.Reason}", reply.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var listed = await server.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>("/api/triggers/starts?status=failed");
        Assert.Equal(failed.Reason, Assert.Single(listed.EnumerateArray()).GetProperty("reason").GetString());
        // The log pipeline may hand the event over after the reply went out: wait for it rather than look once.
        await server.Server.Logs.WaitForAsync(e => e.Level == Serilog.Events.LogEventLevel.Warning
            && e.MessageTemplate.Text == "Chat command {RequestId} from {UserId} in {Workspace} did not start {Runbook}: {Reason}"
            && e.Properties["RequestId"].ToString() == "\"slack:trig-retracted\"" && e.Properties["Reason"].ToString().Contains(failed.Reason!, StringComparison.Ordinal))
            .WaitAsync(TimeSpan.FromSeconds(30));
        // A redelivery gets the same reason and starts nothing.
        Assert.Equal($"Not started: {failed.Reason}", await SendAsync(server.Server.Client(null), Command(_slack, "greet vcsa-02", "trig-retracted", "response/retracted")));
        Assert.Empty(await server.Server.Services.GetRequiredService<ChatStarts>().StartDueAsync(CancellationToken.None));
        using var bad = await server.Server.Client(Roles.Viewer).GetAsync("/api/triggers/starts?status=lost");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [PostgresFact]
    public async Task TwoNodesOnPostgres_BothStartWhatIsPending_AtTheSameTime_EachCommandStartsOnce()
    {
        var database = "vcr_chatstarts_" + Guid.NewGuid().ToString("N")[..12];
        var connection = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { Database = database }.ConnectionString;
        string[] args = ["--Database:Provider=Postgres", $"--Database:ConnectionString={connection}", $"--Triggers:SlackApiUrl={_slack.Url("api/")}", "--Triggers:ChatStartWorkers=0"];
        try
        {
            await using var a = await TriggerServer.StartAsync(Files, ["from-chat"], Secrets, [.. args, "--Engine:NodeId=node-a"]);
            await using var b = await TriggerServer.StartAsync(Files, ["from-chat"], extraArgs: [.. args, "--Engine:NodeId=node-b"], keysFrom: a.Server.DataPath);
            const int Commands = 12;
            for (var i = 0; i < Commands; i++)
            {
                var node = i % 2 == 0 ? a : b;
                Assert.StartsWith("Starting", await SendAsync(node.Server.Client(null), Command(_slack, $"greet vcsa-{i:D2}", $"trig-two-{i:D2}", $"response/two-{i:D2}")), StringComparison.Ordinal);
            }

            var both = await Task.WhenAll(
                a.Server.Services.GetRequiredService<ChatStarts>().StartDueAsync(CancellationToken.None),
                b.Server.Services.GetRequiredService<ChatStarts>().StartDueAsync(CancellationToken.None));

            var handled = both.SelectMany(h => h).ToList();
            Assert.Equal(Commands, handled.Count);
            Assert.All(handled, h => Assert.Equal(ChatStartStatus.Started, h.Status));
            Assert.Equal(Commands, handled.Select(h => h.Id).Distinct().Count());
            var runs = await a.RunsOfAsync("from-chat");
            Assert.Equal(Commands, runs.Count);
            Assert.Equal(runs.Order(), handled.Select(h => h.RunId!).Order());
            for (var i = 0; i < Commands; i++)
            {
                Assert.Single(_slack.Requests, r => r.Path == $"/response/two-{i:D2}" && r.Body.Contains("Started", StringComparison.Ordinal));
            }
            Assert.Empty(await b.Server.Services.GetRequiredService<ChatStarts>().StartDueAsync(CancellationToken.None));
        }
        finally
        {
            await using var admin = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

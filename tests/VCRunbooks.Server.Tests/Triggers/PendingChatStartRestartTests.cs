using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;
using VCRunbooks.Testing.Network;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>
/// A real server process acknowledges a slash command and is SIGKILLed before it starts the run (it runs with
/// <c>Triggers:ChatStartWorkers=0</c>, so it records and never starts: the kill cannot race the start). Restarted on
/// the same data, it starts the command's run, exactly one, and posts its link to the command's response URL.
/// </summary>
public sealed class PendingChatStartRestartTests : IAsyncDisposable
{
    private const string AdminKey = "pending-start-admin-key-0123456789";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly string _directory = Directory.CreateTempSubdirectory("vcr-pending-start-").FullName;
    private readonly List<ChildProcess> _processes = [];

    [Fact]
    public async Task CommandAcked_ServerKilledBeforeTheStart_RestartStartsExactlyOneRun()
    {
        await using var slack = await FakeChatServer.StartAsync();
        var runbooks = Directory.CreateDirectory(Path.Combine(_directory, "runbooks")).FullName;
        Directory.CreateDirectory(Path.Combine(runbooks, "triggers"));
        foreach (var (name, text) in PendingChatStartTests.Files)
        {
            await File.WriteAllTextAsync(Path.Combine(runbooks, "triggers", name), text);
        }
        await File.WriteAllTextAsync(Path.Combine(runbooks, "from-chat.json"), TriggerServer.Runbook("from-chat"));
        var port = LoopbackPort.Free();
        using var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        api.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, AdminKey);
        using var anonymous = new HttpClient { BaseAddress = api.BaseAddress };

        var server = await StartServerAsync(port, slack, "--Triggers:ChatStartWorkers=0");
        using (var secret = await api.PutAsJsonAsync("api/secrets/slack-signing", new { value = SlackFixture.SigningSecret }))
        {
            secret.EnsureSuccessStatusCode();
        }
        var ack = await PendingChatStartTests.SendAsync(anonymous, PendingChatStartTests.Command(slack, "greet vcsa-07", "trig-killed", "response/killed"));
        Assert.StartsWith("Starting `from-chat` for olivia (target=vcsa-07)", ack, StringComparison.Ordinal);
        Assert.Equal("pending", Assert.Single((await api.GetFromJsonAsync<JsonElement>("api/triggers/starts")).EnumerateArray()).GetProperty("status").GetString());
        Assert.Empty(await RunsAsync(api));

        await server.KillAsync();
        server = await StartServerAsync(port, slack);

        var link = await slack.WaitForAsync(r => r.Path == "/response/killed").WaitAsync(Patience);
        var runId = Assert.Single(await RunsAsync(api));
        Assert.Contains($"Started `from-chat` for olivia (target=vcsa-07): run <", link.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(runId, link.Body, StringComparison.Ordinal);
        // The starter posts the link first and records the start after it: wait for the record.
        var start = await StartRecordedAsync(api);
        Assert.Equal("started", start.GetProperty("status").GetString());
        Assert.Equal(runId, start.GetProperty("runId").GetString());
        // Slack's retry of the same command after the restart starts no second run.
        Assert.StartsWith("Already started: run <", await PendingChatStartTests.SendAsync(anonymous, PendingChatStartTests.Command(slack, "greet vcsa-07", "trig-killed", "response/killed")),
            StringComparison.Ordinal);
        Assert.Single(await RunsAsync(api));
        Assert.Single(slack.Requests, r => r.Path == "/response/killed" && r.Body.Contains("Started", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> StartRecordedAsync(HttpClient api)
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (true)
        {
            var start = Assert.Single((await api.GetFromJsonAsync<JsonElement>("api/triggers/starts")).EnumerateArray());
            if (start.GetProperty("status").GetString() != "pending" || timeout.IsCancellationRequested || !await poll.WaitForNextTickAsync(CancellationToken.None))
            {
                return start;
            }
        }
    }

    private static async Task<List<string>> RunsAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonElement>("api/runs?runbook=from-chat&take=100")).EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();

    private async Task<ChildProcess> StartServerAsync(int port, FakeChatServer slack, params string[] extra)
    {
        var server = ChildProcess.Start("VCRunbooks.Server.dll", [
            $"--urls=http://127.0.0.1:{port}",
            $"--Server:DataPath={Path.Combine(_directory, "data")}",
            $"--Server:RunbooksPath={Path.Combine(_directory, "runbooks")}",
            "--EmbeddedSimulator:Enabled=false",
            $"--Triggers:SlackApiUrl={slack.Url("api/")}",
            "--Auth:ApiKeys:0:Name=pending-start-test",
            $"--Auth:ApiKeys:0:Key={AdminKey}",
            "--Auth:ApiKeys:0:Role=admin",
            .. extra,
        ]);
        _processes.Add(server);
        using var health = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        using var timeout = new CancellationTokenSource(Patience);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (!await ReadyAsync(health))
        {
            if (timeout.IsCancellationRequested || !await poll.WaitForNextTickAsync(CancellationToken.None))
            {
                Assert.Fail($"The server was not ready within {Patience}.{Environment.NewLine}{server.Output}");
            }
        }
        return server;
    }

    private static async Task<bool> ReadyAsync(HttpClient health)
    {
        try
        {
            return (await health.GetAsync("health/ready")).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

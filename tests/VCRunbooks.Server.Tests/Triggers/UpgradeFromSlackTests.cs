using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Simulator;
using VCRunbooks.Server.Tests.Infrastructure;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>
/// vCenter's own stage-2 question in Slack, end to end: the shipped upgrade alias starts the shipped upgrade runbook
/// on the embedded simulator's demo appliance; the appliance raises its question; Slack gets it word for word with a
/// button per possible answer; a signed click answers it, the answer reaches the appliance through AnswerQuestion,
/// and the upgrade completes. The engine and the simulator share one stepped clock (the simulator's own runs stopped).
/// </summary>
public sealed class UpgradeFromSlackTests : IAsyncLifetime
{
    private const string ApplianceName = "vcsa-upgrade.demo.local";
    private const string QuestionId = "upgrade.source.certificate.untrusted";
    private const string QuestionText = "The source appliance presents a certificate that is not trusted. Continue the upgrade and trust it?";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private FakeChatServer _slack = null!;
    private TriggerServer _server = null!;
    private SlackSigner _signer = null!;

    private Appliance Appliance => _server.Server.Services.GetRequiredService<EmbeddedSimulator>().Appliances.Find(ApplianceName)!;

    public async Task InitializeAsync()
    {
        _slack = await FakeChatServer.StartAsync();
        _server = await TriggerServer.StartAsync(new Dictionary<string, string>
        {
            ["slack.json"] = $$"""
                { "id": "slack", "kind": "chat", "platform": "slack", "signingSecret": "slack-signing", "botToken": "slack-bot",
                  "operators": { "users": [ "{{SlackFixture.Operator}}" ] } }
                """,
            // The shipped alias, as an operator would deploy it.
            ["upgrade-alias.json"] = await File.ReadAllTextAsync(TriggerServer.ShippedFile("triggers/upgrade-alias.json")),
        }, [], new Dictionary<string, string>
        {
            ["slack-signing"] = SlackFixture.SigningSecret,
            ["slack-bot"] = "xoxb-not-a-real-token",
            ["upgrade-source-sso-password"] = "VMware1!",
            ["upgrade-source-root-password"] = "VMware1!",
        },
        [$"--Triggers:SlackApiUrl={_slack.Url("api/")}", "--EmbeddedSimulator:ClockFactor=1"],
        // The server's one clock: the triggers, the engine, its vCenter client and the embedded simulator all run on it.
        customize: b => b.Services.AddSingleton<TimeProvider>(_time),
        shippedRunbooks: ["upgrade"]);
        _signer = new SlackSigner(_slack, _time);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Upgrade_FromSlack_ApplianceQuestionAsButtons_ClickAnswersVCenter_UpgradeCompletes()
    {
        Assert.Equal(ApplianceState.Initialized, Appliance.State);

        var (status, reply) = await SendAsync(_signer.Command(SlackFixture.Operator, "upgrade demo-upgrade from vcsa-old.sim.local", "response/upgrade"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Starting `upgrade`", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        var started = await _slack.WaitForAsync(r => r.Path == "/response/upgrade" && r.Body.Contains("Started", StringComparison.Ordinal));
        var runId = started.Json!["text"]!.GetValue<string>().Split('|')[^1].Split('>')[0];

        await DriveAsync(runId, run => Waits(run, "question"));
        Assert.Equal(ApplianceState.QuestionRaised, Appliance.State);

        // The appliance's question, word for word, with its own possible answers as the buttons and its default marked.
        var posted = await _slack.WaitForAsync(r => r.Path == "/api/chat.postMessage" && r.Body.Contains(runId, StringComparison.Ordinal));
        var section = posted.Json!["blocks"]![0]!["text"]!["text"]!.GetValue<string>();
        Assert.StartsWith($"*Stage 2 of demo-upgrade asks: {QuestionText}*", section, StringComparison.Ordinal);
        Assert.Contains("it takes the default: YES", section, StringComparison.Ordinal);
        var buttons = posted.Json!["blocks"]![1]!["elements"]!.AsArray();
        Assert.Equal(["YES", "NO"], buttons.Select(b => b!["text"]!["text"]!.GetValue<string>()));
        Assert.Equal("primary", buttons[0]!["style"]!.GetValue<string>());
        Assert.Null(buttons[1]!["style"]);
        Assert.Equal(0, Appliance.Ledger.Count("deployment.question.answered"));

        var (clicked, _) = await SendAsync(_signer.Click(SlackFixture.Operator, buttons[0]!["value"]!.GetValue<string>(), "response/answer"));
        Assert.Equal(HttpStatusCode.OK, clicked);

        var run = await DriveAsync(runId, Ended);
        Assert.True(run.GetProperty("status").GetString() == "Completed", run.ToString());
        var answered = Assert.Single(Appliance.Ledger.Entries, e => e.Kind == "deployment.question.answered");
        Assert.Equal((QuestionId, "YES"), (answered.Subject, answered.Detail));
        Assert.Equal(ApplianceState.Configured, Appliance.State);
        Assert.Equal(1, Appliance.Ledger.Count("deployment.upgrade.started"));
        var outputs = run.GetProperty("outputs");
        // AnswerQuestion asked and posted itself: who answered, from where, and what, are its outputs.
        Assert.Equal("slack:U_OLIVIA (u_olivia)", outputs.GetProperty("answer").GetProperty("AnsweredBy").GetString());
        Assert.Equal("Human", outputs.GetProperty("answer").GetProperty("Source").GetString());
        Assert.Equal("YES", outputs.GetProperty("answer").GetProperty("Answer").GetString());
        var updated = await _slack.WaitForAsync(r => r.Path == "/api/chat.update" && r.Body.Contains(runId, StringComparison.Ordinal));
        Assert.Contains("Answered *YES* by slack:U_OLIVIA (u_olivia)", updated.Body, StringComparison.Ordinal);
        var outcome = await _slack.WaitForAsync(r => r.Path == "/response/upgrade" && r.Body.Contains("completed", StringComparison.Ordinal));
        Assert.Contains(runId, outcome.Body, StringComparison.Ordinal);
    }

    private static bool Waits(JsonElement run, string name) =>
        run.TryGetProperty("waiting", out var waiting) && waiting.ValueKind == JsonValueKind.Array
        && waiting.EnumerateArray().Any(w => w.GetProperty("name").GetString() == name);

    private static bool Ended(JsonElement run) => run.GetProperty("status").GetString() is "Completed" or "Faulted" or "Cancelled";

    /// <summary>
    /// Moves the shared clock from one durable timer of the run to the next (each WaitForJob poll, each retry) until
    /// <paramref name="settled"/> holds. Each step opens the run's stream first, then moves time, then reads until
    /// the run suspends again or ends, so nothing is waited on by wall-clock guess.
    /// </summary>
    private async Task<JsonElement> DriveAsync(string runId, Func<JsonElement, bool> settled)
    {
        string[] stops = ["RunSuspended", "RunCompleted", "RunFaulted", "RunCancelled", "QuestionRaised"];
        for (var step = 0; step < 500; step++)
        {
            var done = false;
            await RunDriver.FollowAsync(_server.Server, runId, e =>
            {
                if (e.Event != "state")
                {
                    return stops.Contains(e.Event);
                }
                var snapshot = JsonDocument.Parse(e.Data).RootElement;
                if (settled(snapshot) || Ended(snapshot))
                {
                    done = true;
                    return true;
                }
                if (snapshot.GetProperty("status").GetString() == "Suspended" && NextDue(snapshot) is { } at)
                {
                    var by = at - _time.GetUtcNow();
                    by = by > TimeSpan.Zero ? by : TimeSpan.FromMilliseconds(1);
                    _time.Advance(by);
                }
                return false;
            });
            if (done)
            {
                var run = await _server.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/runs/{runId}");
                Assert.True(settled(run), $"The run ended before it got there: {run}");
                return run;
            }
        }
        throw new TimeoutException($"Run {runId} did not settle within 500 timer steps.");
    }

    private static DateTimeOffset? NextDue(JsonElement run) => run.TryGetProperty("waiting", out var waiting) && waiting.ValueKind == JsonValueKind.Array
        ? waiting.EnumerateArray()
            .Select(w => w.TryGetProperty("dueAt", out var d) && d.ValueKind == JsonValueKind.String ? d.GetDateTimeOffset() : (DateTimeOffset?)null)
            .Where(d => d is not null).Min()
        : null;

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await _server.Server.Client(null).SendAsync(request))
        {
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
        }
    }
}

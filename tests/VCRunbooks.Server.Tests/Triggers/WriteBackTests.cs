using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VCRunbooks.Server.Auth;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>Write-back to tickets against a local fake: a Jira comment when the run ends; a ServiceNow work note that keeps failing is journaled and the run is untouched.</summary>
public sealed class WriteBackTests : IAsyncLifetime
{
    private FakeChatServer? _fake;
    private TriggerServer? _server;

    public async Task InitializeAsync()
    {
        _fake = await FakeChatServer.StartAsync();
        _fake.Failures["/snow/"] = new(Enumerable.Repeat(503, 10));
        _server = await TriggerServer.StartAsync(new Dictionary<string, string>
        {
            ["jira.json"] = $$"""
                { "id": "jira", "kind": "webhook", "source": "jira", "auth": { "secret": "jira-secret" }, "runbook": "from-jira", "inputs": { "issue": "$.issue.key" },
                  "writeBack": { "system": "jira", "ticket": "$.issue.key", "baseUrl": "{{_fake.Url("jira/")}}", "user": "bot@example.com", "credential": "jira-token" } }
                """,
            ["snow.json"] = $$"""
                { "id": "snow", "kind": "webhook", "source": "serviceNow", "auth": { "bearerToken": "snow-in" }, "runbook": "from-servicenow",
                  "writeBack": { "system": "serviceNow", "ticket": "$.sys_id", "table": "change_request", "baseUrl": "{{_fake.Url("snow/")}}", "user": "vcrunbooks", "credential": "snow-out" } }
                """,
        }, ["from-jira", "from-servicenow"], new Dictionary<string, string> { ["jira-secret"] = WebhookFixture.JiraSecret, ["jira-token"] = "jira-api-token", ["snow-in"] = "in-token", ["snow-out"] = "out-password" },
        ["--Triggers:WriteBackRetryDelay=00:00:00.010", "--Triggers:PublicUrl=https://runbooks.example.com/"]);
    }

    public async Task DisposeAsync()
    {
        await _server!.DisposeAsync();
        await _fake!.DisposeAsync();
    }

    [Fact]
    public async Task Jira_RunEnds_CommentWrittenWithTheOutcomeAndLink()
    {
        var body = """{"webhookEvent":"jira:issue_updated","issue":{"key":"OPS-17"}}""";
        using var request = WebhookSigning.Json("/hooks/jira", body, ("X-Hub-Signature", "sha256=" + WebhookSigning.HexHmac(WebhookFixture.JiraSecret, body)), ("X-Atlassian-Webhook-Identifier", "d-1"));
        using var response = await _server!.Server.Client(null).SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var runId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("started")[0].GetProperty("runId").GetString();

        var comment = await _fake!.WaitForAsync(r => r.Path == "/jira/rest/api/2/issue/OPS-17/comment");

        Assert.Equal("POST", comment.Method);
        Assert.Equal($"VCRunbooks run {runId} completed. https://runbooks.example.com/api/runs/{runId}", comment.Json!["body"]!.GetValue<string>());
        Assert.Equal("Basic " + Convert.ToBase64String("bot@example.com:jira-api-token"u8.ToArray()), comment.Headers["authorization"]);
    }

    [Fact]
    public async Task ServiceNow_WorkNoteKeepsFailing_JournaledAfterRetriesAndTheRunStillCompletes()
    {
        using var request = WebhookSigning.Json("/hooks/snow", """{"sys_id":"6816f79cc0a8016401c5a33be04be441","number":"CHG0030001"}""");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "in-token");
        using var response = await _server!.Server.Client(null).SendAsync(request);
        var runId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("started")[0].GetProperty("runId").GetString()!;

        var logged = _server.Server.Logs.WaitForAsync(e => e.MessageTemplate.Text.StartsWith("Write-back", StringComparison.Ordinal) && e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(runId, StringComparison.Ordinal));
        try
        {
            Assert.StartsWith("Write-back to", (await logged.WaitAsync(TimeSpan.FromSeconds(30))).MessageTemplate.Text, StringComparison.Ordinal);
        }
        catch (TimeoutException)
        {
            Assert.Fail("No write-back was logged; warnings: " + string.Join("\n", _server.Server.Logs.Events.Where(e => e.Level >= Serilog.Events.LogEventLevel.Warning)
                .Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + e.Exception?.Message)));
        }

        var journal = await _server.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/triggers/writebacks/{runId}");
        var entry = journal[0];
        Assert.Equal("failed", entry.GetProperty("status").GetString());
        Assert.Equal(3, entry.GetProperty("attempts").GetInt32());
        Assert.Equal("ServiceNow answered 503 Service Unavailable", entry.GetProperty("error").GetString());
        var notes = _fake!.Requests.Where(r => r.Path == "/snow/api/now/table/change_request/6816f79cc0a8016401c5a33be04be441").ToList();
        Assert.Equal(3, notes.Count);
        Assert.All(notes, n => Assert.Equal("PATCH", n.Method));
        var run = await _server.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/runs/{runId}");
        Assert.Equal("Completed", run.GetProperty("status").GetString());
        // The run's own journal says so too (noted before the failure is logged), with no secret in it.
        var lines = await _server.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/journal");
        var note = Assert.Single(lines.EnumerateArray(), l => l.GetProperty("kind").GetString() == "note");
        Assert.Equal("Write-back to ServiceNow ticket 6816f79cc0a8016401c5a33be04be441 (ended) failed after 3 attempt(s): ServiceNow answered 503 Service Unavailable. The run is not affected.",
            note.GetProperty("message").GetString());
        Assert.Equal("write-back", note.GetProperty("data").GetProperty("source").GetString());
        Assert.True(note.GetProperty("seq").GetInt64() > lines.EnumerateArray().Where(l => l.GetProperty("kind").GetString() != "note").Max(l => l.GetProperty("seq").GetInt64()));
        Assert.DoesNotContain("out-password", lines.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("out-password", _server.Server.Logs.AllText(), StringComparison.Ordinal);
    }
}

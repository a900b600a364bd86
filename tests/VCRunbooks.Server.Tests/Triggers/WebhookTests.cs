using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using VCRunbooks.Server.Auth;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>Signed webhooks from each source, built from the vendor formats, against the real server.</summary>
public sealed class WebhookTests(WebhookFixture fixture) : IClassFixture<WebhookFixture>
{
    private TriggerServer Triggers => fixture.Server;
    private HttpClient Anonymous => fixture.Server.Server.Client(null);

    private const string Release = """{"action":"published","release":{"tag_name":"v8.0.2.00300"},"sender":{"login":"octocat"}}""";

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.SendAsync(request))
        {
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
        }
    }

    [Fact]
    public async Task GitHub_SignedRelease_StartsOneRunWithMappedInputs()
    {
        var (status, body) = await SendAsync(Anonymous, WebhookSigning.GitHub(Release, Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Accepted, status);
        var runId = body.GetProperty("started")[0].GetProperty("runId").GetString()!;
        var run = JsonDocument.Parse(await Triggers.Server.Client(Roles.Viewer).GetStringAsync($"/api/runs/{runId}")).RootElement;
        Assert.Equal("from-github", run.GetProperty("definitionId").GetString());
        Assert.Equal("v8.0.2.00300", run.GetProperty("inputs").GetProperty("tag").GetString());
        Assert.Equal("released v8.0.2.00300 by octocat", run.GetProperty("inputs").GetProperty("note").GetString());
    }

    [Fact]
    public async Task GitHub_TwentyConcurrentRedeliveries_StartExactlyOneRun()
    {
        var delivery = Guid.NewGuid().ToString();
        var body = Release.Replace("v8.0.2.00300", "redelivered-" + delivery, StringComparison.Ordinal);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SendAsync(Anonymous, WebhookSigning.GitHub(body, delivery))));

        Assert.Single(answers, a => a.Status == HttpStatusCode.Accepted);
        Assert.Equal(19, answers.Count(a => a.Status == HttpStatusCode.Conflict));
        var runs = new List<string>();
        foreach (var id in await Triggers.RunsOfAsync("from-github"))
        {
            var run = JsonDocument.Parse(await Triggers.Server.Client(Roles.Viewer).GetStringAsync($"/api/runs/{id}")).RootElement;
            if (run.GetProperty("inputs").GetProperty("tag").GetString() == "redelivered-" + delivery)
            {
                runs.Add(id);
            }
        }
        Assert.Single(runs);
        var replay = answers.First(a => a.Status == HttpStatusCode.Conflict).Body;
        Assert.Contains("replayed delivery", replay.GetProperty("status").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitHub_WrongSignature_401NamesTheHeaderStartsNothingAndLeaksNoSecret()
    {
        var before = (await Triggers.RunsOfAsync("from-github")).Count;

        var (status, body) = await SendAsync(Anonymous, WebhookSigning.GitHub(Release, Guid.NewGuid().ToString(), secret: "not the secret"));
        var (missingStatus, missing) = await SendAsync(Anonymous, WebhookSigning.Json("/hooks/github-release", Release, ("X-GitHub-Event", "release")));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("bad_signature", body.GetProperty("reason").GetString());
        Assert.Contains("X-Hub-Signature-256", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, missingStatus);
        Assert.Equal("missing_signature", missing.GetProperty("reason").GetString());
        Assert.Equal(before, (await Triggers.RunsOfAsync("from-github")).Count);
        Assert.DoesNotContain(WebhookFixture.GitHubSecret, Triggers.Server.Logs.AllText(), StringComparison.Ordinal);
        var metrics = await Anonymous.GetStringAsync("/metrics");
        Assert.Contains("vcrunbooks_triggers_rejected_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("reason=\"bad_signature\"", metrics, StringComparison.Ordinal);
        Assert.Contains("trigger=\"github-release\"", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitHub_EventNoTriggerWants_202NoTriggerMatchedWithTheReason()
    {
        var (status, body) = await SendAsync(Anonymous, WebhookSigning.GitHub("""{"action":"opened"}""", Guid.NewGuid().ToString(), eventName: "issues"));

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal("no trigger matched", body.GetProperty("status").GetString());
        Assert.Equal("$headers.x-github-event is 'issues', not \"release\"", body.GetProperty("skipped")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Webhook_BodyOverOneMegabyte_413AndNothingStarts()
    {
        var big = "{\"action\":\"published\",\"pad\":\"" + new string('x', 1024 * 1024) + "\"}";

        var (status, body) = await SendAsync(Anonymous, WebhookSigning.GitHub(big, Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("too_large", body.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Webhook_MalformedJson_400SaysWhereItBreaks()
    {
        var (status, body) = await SendAsync(Anonymous, WebhookSigning.GitHub("{\"action\": \"published\", ", Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("malformed", body.GetProperty("reason").GetString());
        Assert.Contains("not valid JSON", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("line 1", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jira_HubSignatureAndAnyCondition_StartsRunForTheIssue()
    {
        var body = """{"timestamp":1700000000000,"webhookEvent":"jira:issue_updated","issue":{"id":"10042","key":"OPS-17","fields":{"status":{"name":"Approved"},"labels":["team:vc","runbook:patching"]}}}""";
        var request = WebhookSigning.Json("/hooks/jira-approved", body, ("X-Hub-Signature", "sha256=" + WebhookSigning.HexHmac(WebhookFixture.JiraSecret, body)),
            ("X-Atlassian-Webhook-Identifier", Guid.NewGuid().ToString()));

        var (status, reply) = await SendAsync(Anonymous, request);

        Assert.Equal(HttpStatusCode.Accepted, status);
        var runId = reply.GetProperty("started")[0].GetProperty("runId").GetString();
        var run = JsonDocument.Parse(await Triggers.Server.Client(Roles.Viewer).GetStringAsync($"/api/runs/{runId}")).RootElement;
        Assert.Equal("OPS-17", run.GetProperty("inputs").GetProperty("issue").GetString());
    }

    [Fact]
    public async Task Jira_NoneOfTheAnyConditions_NoTriggerMatchedNamesThem()
    {
        var body = """{"webhookEvent":"jira:issue_updated","issue":{"key":"OPS-18","fields":{"status":{"name":"Approved"},"labels":["team:vc"]}}}""";
        var request = WebhookSigning.Json("/hooks/jira-approved", body, ("X-Hub-Signature", "sha256=" + WebhookSigning.HexHmac(WebhookFixture.JiraSecret, body)));

        var (status, reply) = await SendAsync(Anonymous, request);

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.StartsWith("none of the 'any' conditions holds", reply.GetProperty("skipped")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagerDuty_SignedWithTheOldAndNewSecretDuringRotation_Accepted()
    {
        var body = "{\"event\":{\"id\":\"" + Guid.NewGuid() + "\",\"event_type\":\"incident.triggered\",\"resource_type\":\"incident\",\"data\":{\"id\":\"PGR0VU2\",\"type\":\"incident\"}}}";
        var header = $"v1={WebhookSigning.HexHmac(WebhookFixture.PagerDutyOldSecret, body)},v1={WebhookSigning.HexHmac(WebhookFixture.PagerDutySecret, body)}";

        var (status, reply) = await SendAsync(Anonymous, WebhookSigning.Json("/hooks/pagerduty-incident", body, ("X-PagerDuty-Signature", header), ("X-Webhook-Id", Guid.NewGuid().ToString())));
        var (wrong, _) = await SendAsync(Anonymous, WebhookSigning.Json("/hooks/pagerduty-incident", body, ("X-PagerDuty-Signature", $"v1={WebhookSigning.HexHmac(WebhookFixture.PagerDutyOldSecret, body)}")));

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Single(reply.GetProperty("started").EnumerateArray());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
    }

    [Fact]
    public async Task ServiceNow_BasicAuth_StartsOncePerRecordUpdate()
    {
        var body = """{"table":"change_request","sys_id":"6816f79cc0a8016401c5a33be04be441","number":"CHG0030001","state":"-1","sys_updated_on":"2026-12-03 10:00:00"}""";
        HttpRequestMessage Request(string password)
        {
            var request = WebhookSigning.Json("/hooks/snow-basic", body);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("vcrunbooks:" + password)));
            return request;
        }

        var (first, reply) = await SendAsync(Anonymous, Request(WebhookFixture.ServiceNowPassword));
        var (again, _) = await SendAsync(Anonymous, Request(WebhookFixture.ServiceNowPassword));
        var (wrong, wrongBody) = await SendAsync(Anonymous, Request("guess"));
        var (none, noneBody) = await SendAsync(Anonymous, WebhookSigning.Json("/hooks/snow-basic", body));

        Assert.Equal(HttpStatusCode.Accepted, first);
        Assert.Equal("6816f79cc0a8016401c5a33be04be441:2026-12-03 10:00:00", reply.GetProperty("started")[0].GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.Equal("bad_credentials", wrongBody.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, none);
        Assert.Contains("Authorization: Basic", noneBody.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(await Triggers.RunsOfAsync("from-servicenow"));
    }

    [Fact]
    public async Task ServiceNow_HmacHeader_Base64OfTheBody()
    {
        var body = """{"number":"CHG0030002"}""";
        var hmac = Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookFixture.ServiceNowHmacKey), Encoding.UTF8.GetBytes(body)));

        var (status, _) = await SendAsync(Anonymous, WebhookSigning.Json("/hooks/snow-hmac", body, ("X-Signature", hmac)));
        var (tampered, _) = await SendAsync(Anonymous, WebhookSigning.Json("/hooks/snow-hmac", body.Replace("2", "3", StringComparison.Ordinal), ("X-Signature", hmac)));

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered);
    }

    [Fact]
    public async Task Alertmanager_OneRunPerFiringAlertResolvedStartNothingRepeatStartsNone()
    {
        var group = Guid.NewGuid().ToString("N")[..8];
        var body = $$"""
            {"version":"4","groupKey":"{}:{alertname=\"VcsaBackupMissing\"}","status":"firing","receiver":"vcrunbooks","truncatedAlerts":0,
             "alerts":[
              {"status":"firing","labels":{"alertname":"VcsaBackupMissing","vcsa":"vcsa-01"},"startsAt":"2026-12-03T09:00:00Z","fingerprint":"{{group}}a"},
              {"status":"firing","labels":{"alertname":"VcsaBackupMissing","vcsa":"vcsa-02"},"startsAt":"2026-12-03T09:00:00Z","fingerprint":"{{group}}b"},
              {"status":"resolved","labels":{"alertname":"VcsaBackupMissing","vcsa":"vcsa-03"},"startsAt":"2026-12-03T08:00:00Z","fingerprint":"{{group}}c"},
              {"status":"firing","labels":{"alertname":"DiskFull","vcsa":"vcsa-04"},"startsAt":"2026-12-03T09:00:00Z","fingerprint":"{{group}}d"}]}
            """;
        HttpRequestMessage Request(string token)
        {
            var request = WebhookSigning.Json("/hooks/alertmanager", body);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }

        var (status, reply) = await SendAsync(Anonymous, Request(WebhookFixture.AlertmanagerToken));
        var (repeat, repeated) = await SendAsync(Anonymous, Request(WebhookFixture.AlertmanagerToken));
        var (wrong, _) = await SendAsync(Anonymous, Request("not-the-token"));

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal(new[] { $"{group}a:2026-12-03T09:00:00Z", $"{group}b:2026-12-03T09:00:00Z" },
            reply.GetProperty("started").EnumerateArray().Select(s => s.GetProperty("key").GetString()!).ToArray());
        var skipped = reply.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("reason").GetString()).ToList();
        Assert.Contains("the alert is resolved: only firing alerts start runs", skipped);
        Assert.Contains("$.labels.alertname is 'DiskFull', not \"VcsaBackupMissing\"", skipped);
        Assert.Equal(HttpStatusCode.OK, repeat);
        Assert.Empty(repeated.GetProperty("started").EnumerateArray());
        Assert.Equal(2, repeated.GetProperty("duplicates").GetArrayLength());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        var runId = reply.GetProperty("started")[1].GetProperty("runId").GetString();
        var run = JsonDocument.Parse(await Triggers.Server.Client(Roles.Viewer).GetStringAsync($"/api/runs/{runId}")).RootElement;
        Assert.Equal("vcsa-02", run.GetProperty("inputs").GetProperty("target").GetString());
        Assert.Equal("vcrunbooks", run.GetProperty("inputs").GetProperty("receiver").GetString());
    }

    [Fact]
    public async Task Standard_SignedNow_StartsStaleTimestampRefusedReplayRefused()
    {
        var now = DateTimeOffset.UtcNow;
        var id = "msg_" + Guid.NewGuid().ToString("N");
        var body = """{"type":"invoice.paid"}""";

        var (status, _) = await SendAsync(Anonymous, WebhookSigning.Standard(body, id, now));
        var (replay, replayBody) = await SendAsync(Anonymous, WebhookSigning.Standard(body, id, now));
        var (stale, staleBody) = await SendAsync(Anonymous, WebhookSigning.Standard(body, "msg_" + Guid.NewGuid().ToString("N"), now.AddMinutes(-6)));

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal(HttpStatusCode.Conflict, replay);
        Assert.Contains("was received before", replayBody.GetProperty("duplicates")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, stale);
        Assert.Equal("stale_timestamp", staleBody.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Definitions_InvalidFileIsReportedByFileAndFieldAndTheOthersLoad()
    {
        var viewer = Triggers.Server.Client(Roles.Viewer);

        var errors = JsonDocument.Parse(await viewer.GetStringAsync("/api/triggers/load-errors")).RootElement;
        var list = JsonDocument.Parse(await viewer.GetStringAsync("/api/triggers")).RootElement;

        var broken = errors.GetProperty("broken.json").EnumerateArray().Select(e => e.GetProperty("field").GetString() + ": " + e.GetProperty("reason").GetString()).ToList();
        Assert.Contains("$.auth.secret: GitHub requests are signed: name the secret holding the signing secret", broken);
        Assert.Contains("$.match.all[0]: 'release.tag' is not a path: paths start with $, $event or $headers", broken);
        Assert.Equal(7, list.GetArrayLength());
        Assert.Contains(list.EnumerateArray(), t => t.GetProperty("id").GetString() == "alertmanager" && t.GetProperty("detail").GetString() == "Alertmanager at /hooks/alertmanager");
    }
}

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>One server with a webhook trigger per source, each starting its own copy of the Hello runbook.</summary>
public sealed class WebhookFixture : IAsyncLifetime
{
    public const string GitHubSecret = "It's a Secret to Everybody";
    public const string JiraSecret = "jira-webhook-secret-0123";
    public const string PagerDutySecret = "pagerduty-secret-current";
    public const string PagerDutyOldSecret = "pagerduty-secret-previous";
    public const string StandardSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    public const string AlertmanagerToken = "alertmanager-bearer-token-42";
    public const string ServiceNowPassword = "snow-integration-password";
    public const string ServiceNowHmacKey = "snow-hmac-key";

    private TriggerServer? _server;

    public TriggerServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public static readonly Dictionary<string, string> Files = new()
    {
        ["github-release.json"] = """
            { "id": "github-release", "kind": "webhook", "source": "gitHub", "auth": { "secret": "github-secret" },
              "runbook": "from-github",
              "match": { "all": [ { "path": "$headers.x-github-event", "equalTo": "release" }, { "path": "$.action", "equalTo": "published" } ] },
              "inputs": { "tag": "$.release.tag_name", "note": "released {{ $.release.tag_name }} by {{ $.sender.login }}" } }
            """,
        ["jira-approved.json"] = """
            { "id": "jira-approved", "kind": "webhook", "source": "jira", "auth": { "secret": "jira-secret" }, "runbook": "from-jira",
              "match": { "all": [ { "path": "$.webhookEvent", "equalTo": "jira:issue_updated" }, { "path": "$.issue.fields.status.name", "equalTo": "Approved" } ],
                         "any": [ { "path": "$.issue.fields.labels", "contains": "runbook:patching" }, { "path": "$.issue.fields.labels", "contains": "runbook:any" } ] },
              "inputs": { "issue": "$.issue.key" } }
            """,
        ["pagerduty-incident.json"] = """
            { "id": "pagerduty-incident", "kind": "webhook", "source": "pagerDuty", "auth": { "secret": "pd-secret" }, "runbook": "from-pagerduty",
              "match": { "all": [ { "path": "$.event.event_type", "equalTo": "incident.triggered" } ] },
              "inputs": { "incident": "$.event.data.id" } }
            """,
        ["snow-basic.json"] = """
            { "id": "snow-basic", "kind": "webhook", "source": "serviceNow", "auth": { "basicUser": "vcrunbooks", "basicPassword": "snow-password" },
              "runbook": "from-servicenow", "idempotencyKey": "{{ $.sys_id }}:{{ $.sys_updated_on }}",
              "match": { "all": [ { "path": "$.state", "equalTo": "-1" } ] }, "inputs": { "change": "$.number" } }
            """,
        ["snow-hmac.json"] = """
            { "id": "snow-hmac", "kind": "webhook", "source": "serviceNow", "auth": { "secret": "snow-hmac", "hmacHeader": "X-Signature" },
              "runbook": "from-servicenow-hmac", "inputs": { "change": "$.number" } }
            """,
        ["alertmanager.json"] = """
            { "id": "alertmanager", "kind": "webhook", "source": "alertmanager", "auth": { "bearerToken": "am-token" }, "runbook": "from-alertmanager",
              "batch": "$.alerts", "idempotencyKey": "{{ $.fingerprint }}:{{ $.startsAt }}",
              "match": { "all": [ { "path": "$.labels.alertname", "equalTo": "VcsaBackupMissing" } ] },
              "inputs": { "target": "$.labels.vcsa", "receiver": "$event.receiver" } }
            """,
        ["standard.json"] = """
            { "id": "standard", "kind": "webhook", "source": "standard", "auth": { "secret": "standard-secret" }, "runbook": "from-standard",
              "inputs": { "kind": "$.type" } }
            """,
        ["broken.json"] = """
            { "id": "broken", "kind": "webhook", "source": "gitHub", "runbook": "from-github",
              "match": { "all": [ { "path": "release.tag", "equalTo": "x" } ] } }
            """,
    };

    public static readonly string[] Runbooks = ["from-github", "from-jira", "from-pagerduty", "from-servicenow", "from-servicenow-hmac", "from-alertmanager", "from-standard"];

    public async Task InitializeAsync() => _server = await TriggerServer.StartAsync(Files, Runbooks, new Dictionary<string, string>
    {
        ["github-secret"] = GitHubSecret,
        ["jira-secret"] = JiraSecret,
        ["pd-secret"] = PagerDutySecret,
        ["snow-password"] = ServiceNowPassword,
        ["snow-hmac"] = ServiceNowHmacKey,
        ["am-token"] = AlertmanagerToken,
        ["standard-secret"] = StandardSecret,
    });

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

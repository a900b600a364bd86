using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VCRunbooks.Server.Auth;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>/api/triggers as an admin and a viewer use it: put writes the file for git, errors name the field.</summary>
public sealed class TriggersApiTests : IAsyncLifetime
{
    private TriggerServer? _server;
    private TriggerServer Server => _server!;

    public async Task InitializeAsync() => _server = await TriggerServer.StartAsync(new Dictionary<string, string>(), ["from-api"], new Dictionary<string, string> { ["hook-secret"] = "s3cret-value" });

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    private static object Hook(string secret) => new
    {
        kind = "webhook",
        source = "gitHub",
        auth = new { secret },
        runbook = "from-api",
        inputs = new { tag = "$.release.tag_name" },
    };

    [Fact]
    public async Task Put_AsAdmin_StoresWritesTheFileAndTheHookWorksAtOnce()
    {
        using var response = await Server.Server.Client(Roles.Admin).PutAsJsonAsync("/api/triggers/api-hook", Hook("hook-secret"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var file = Path.Combine(Server.Server.DataPath, "runbooks", "triggers", "api-hook.json");
        var text = await File.ReadAllTextAsync(file);
        Assert.StartsWith("{\n  \"id\": \"api-hook\",\n  \"kind\": \"webhook\",", text.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        var listed = await Server.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>("/api/triggers?kind=webhook");
        Assert.Contains(listed.EnumerateArray(), t => t.GetProperty("id").GetString() == "api-hook" && t.GetProperty("origin").GetString() == "file:triggers/api-hook.json");
        var body = """{"release":{"tag_name":"v1"}}""";
        using var hook = await Server.Server.Client(null).SendAsync(WebhookSigning.Json("/hooks/api-hook", body, ("X-GitHub-Delivery", "d1"), ("X-Hub-Signature-256", "sha256=" + WebhookSigning.HexHmac("s3cret-value", body))));
        Assert.Equal(HttpStatusCode.Accepted, hook.StatusCode);

        using var deleted = await Server.Server.Client(Roles.Admin).DeleteAsync("/api/triggers/api-hook");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(File.Exists(file));
        using var gone = await Server.Server.Client(null).SendAsync(WebhookSigning.Json("/hooks/api-hook", body));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Put_NamingAMissingSecret_400NamesTheField()
    {
        using var response = await Server.Server.Client(Roles.Admin).PutAsJsonAsync("/api/triggers/bad-hook", Hook("no-such-secret"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("no secret named 'no-such-secret'; create it with PUT /api/secrets/no-such-secret first", errors.GetProperty("$.auth.secret")[0].GetString());
    }

    [Fact]
    public async Task Put_UnknownFieldOrKind_400NamesIt()
    {
        using var field = await Server.Server.Client(Roles.Admin).PutAsJsonAsync("/api/triggers/x", new { kind = "schedule", runbook = "from-api", cron = "0 2 * * SUN", colour = "red" });
        using var kind = await Server.Server.Client(Roles.Admin).PutAsJsonAsync("/api/triggers/y", new { kind = "cronjob" });
        using var cron = await Server.Server.Client(Roles.Admin).PutAsJsonAsync("/api/triggers/z", new { kind = "schedule", runbook = "from-api", cron = "0 25 * * *", timeZone = "Mars/Olympus" });

        Assert.Contains("$.colour", (await field.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal("must be one of webhook, alias, chat, schedule, calendar", (await kind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("$.kind")[0].GetString());
        var cronErrors = (await cron.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("'0 25 * * *' is not a cron expression", cronErrors.GetProperty("$.cron")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("'Mars/Olympus' is not a known time zone", cronErrors.GetProperty("$.timeZone")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_AsViewerOrOperator_Forbidden_ListAsViewer_Allowed()
    {
        using var viewer = await Server.Server.Client(Roles.Viewer).PutAsJsonAsync("/api/triggers/v", Hook("hook-secret"));
        using var op = await Server.Server.Client(Roles.Operator).PutAsJsonAsync("/api/triggers/v", Hook("hook-secret"));
        using var list = await Server.Server.Client(Roles.Viewer).GetAsync("/api/triggers");

        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, op.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Auth;

/// <summary>Every endpoint of the server, as the role matrix calls it. A test checks no mapped endpoint is missing.</summary>
public static class EndpointCatalog
{
    public static IReadOnlyList<EndpointCase> All { get; } =
    [
        new("GET", "/health/live", "/health/live", null),
        new("GET", "/health/ready", "/health/ready", null),
        new("GET", "/metrics", "/metrics", null),
        new("GET", "/openapi/{documentName}.json", "/openapi/v1.json", null),
        new("GET", "/scalar/{documentName?}", "/scalar/v1", null),
        new("GET", "/scalar/scalar.js", "/scalar/scalar.js", null),
        new("GET", "/scalar/scalar.aspnetcore.js", "/scalar/scalar.aspnetcore.js", null),
        new("GET", "/scalar/favicon.svg", "/scalar/favicon.svg", null),
        new("GET", "/", "/", null),
        new("GET", "{*path:nonfile}", "/runs/some-run", null),
        new("GET", "/api/me", "/api/me", Roles.Viewer),
        new("GET", "/api/drafts", "/api/drafts", Roles.Author),

        new("GET", "/api/targets/", "/api/targets", Roles.Viewer),
        new("GET", "/api/targets/{name}", "/api/targets/demo-patch", Roles.Viewer),
        new("GET", "/api/targets/{name}/live", "/api/targets/demo-patch/live", Roles.Viewer),
        new("PUT", "/api/targets/{name}", "/api/targets/matrix-put", Roles.Admin, new { address = "vcsa.example.com", tags = new[] { "matrix" } }),
        new("DELETE", "/api/targets/{name}", "/api/targets/matrix-delete", Roles.Admin, Arrange: async server =>
        {
            await server.Client(Roles.Admin).PutAsJsonAsync("/api/targets/matrix-delete", new { address = "vcsa.example.com" });
            return "/api/targets/matrix-delete";
        }),

        new("GET", "/api/secrets/", "/api/secrets", Roles.Admin),
        new("GET", "/api/secrets/{name}", "/api/secrets/demo-sso-password", Roles.Admin),
        new("PUT", "/api/secrets/{name}", "/api/secrets/matrix-put", Roles.Admin, new { value = "matrix-value-1", description = "matrix" }),
        new("DELETE", "/api/secrets/{name}", "/api/secrets/matrix-delete", Roles.Admin, Arrange: async server =>
        {
            await server.Client(Roles.Admin).PutAsJsonAsync("/api/secrets/matrix-delete", new { value = "matrix-value-2" });
            return "/api/secrets/matrix-delete";
        }),

        new("GET", "/api/runbooks/", "/api/runbooks", Roles.Viewer),
        new("GET", "/api/runbooks/{id}", "/api/runbooks/hello", Roles.Viewer),
        new("GET", "/api/runbooks/{id}/versions", "/api/runbooks/hello/versions", Roles.Viewer),
        new("POST", "/api/runbooks/validate", "/api/runbooks/validate", Roles.Author, Runbook("hello")),
        new("GET", "/api/runbooks/{id}/draft", "/api/runbooks/matrix-draft/draft", Roles.Author, Arrange: async server =>
        {
            await server.Client(Roles.Admin).PutAsJsonAsync("/api/runbooks/matrix-draft/draft", Runbook("matrix-draft"));
            return "/api/runbooks/matrix-draft/draft";
        }),
        new("PUT", "/api/runbooks/{id}/draft", "/api/runbooks/matrix-put/draft", Roles.Author, Runbook("matrix-put")),
        new("POST", "/api/runbooks/{id}/publish", "/api/runbooks/matrix-publish/publish", Roles.Author, Arrange: async server =>
        {
            await server.Client(Roles.Admin).PutAsJsonAsync("/api/runbooks/matrix-publish/draft", Runbook("matrix-publish"));
            return "/api/runbooks/matrix-publish/publish";
        }),
        new("POST", "/api/runbooks/{id}/export", "/api/runbooks/hello/export", Roles.Author),
        new("GET", "/api/activities", "/api/activities", Roles.Viewer),
        new("GET", "/api/expressions/surface", "/api/expressions/surface", Roles.Viewer),
        new("GET", "/api/simulation/scenarios", "/api/simulation/scenarios", Roles.Viewer),
        new("POST", "/api/runbooks/{id}/simulate", "/api/runbooks/matrix-simulate/simulate", Roles.Operator, new { scenario = "healthy" }, Arrange: async server =>
        {
            var admin = server.Client(Roles.Admin);
            await admin.PutAsJsonAsync("/api/runbooks/matrix-simulate/draft", JsonNode.Parse("""
                { "id": "matrix-simulate", "name": "Simulate", "inputs": [ { "name": "target", "type": "string" } ],
                  "activities": [ { "id": "start", "type": "Start" }, { "id": "log", "type": "Log", "inputs": { "Message": "simulated" } } ],
                  "connections": [ { "from": "start", "to": "log" } ] }
                """));
            await admin.PostAsync(new Uri("/api/runbooks/matrix-simulate/publish", UriKind.Relative), null);
            return "/api/runbooks/matrix-simulate/simulate";
        }),

        new("POST", "/api/runs/", "/api/runs", Roles.Operator, new { runbook = "hello" }),
        new("GET", "/api/runs/", "/api/runs", Roles.Viewer),
        new("GET", "/api/runs/{id}", "/api/runs/{finished}", Roles.Viewer, Arrange: async server => $"/api/runs/{await FinishedRunAsync(server)}"),
        new("GET", "/api/runs/{id}/journal", "/api/runs/{finished}/journal", Roles.Viewer,
            Arrange: async server => $"/api/runs/{await FinishedRunAsync(server)}/journal"),
        new("GET", "/api/runs/{id}/events", "/api/runs/{finished}/events", Roles.Viewer,
            Arrange: async server => $"/api/runs/{await FinishedRunAsync(server)}/events"),
        new("POST", "/api/runs/{id}/cancel", "/api/runs/{waiting}/cancel", Roles.Operator,
            Arrange: async server => $"/api/runs/{await RunDriver.StartAsync(server, "ask")}/cancel"),
        new("POST", "/api/runs/{id}/retry", "/api/runs/{faulted}/retry", Roles.Operator, Arrange: async server =>
        {
            var runId = await RunDriver.StartAsync(server, "fail");
            await RunDriver.FollowAsync(server, runId);
            return $"/api/runs/{runId}/retry";
        }),
        new("POST", "/api/runs/{id}/upgrade", "/api/runs/{waiting-script}/upgrade", Roles.Operator, new { version = 2 },
            Arrange: async server => $"/api/runs/{await WaitingScriptRunAsync(server)}/upgrade"),
        new("GET", "/api/events", "/api/events", Roles.Viewer),
        new("POST", "/api/events/{name}", "/api/events/matrix-event", Roles.Operator, new { correlationKey = "matrix" }),

        new("GET", "/api/questions/", "/api/questions", Roles.Viewer),
        new("POST", "/api/questions/{id}/answer", "/api/questions/{open}/answer", Roles.Operator, new { answer = "yes" }, async server =>
        {
            var runId = await RunDriver.StartAsync(server, "ask");
            await RunDriver.WaitForQuestionAsync(server, runId);
            var questions = JsonDocument.Parse(await server.Client(Roles.Viewer).GetStringAsync(new Uri("/api/questions", UriKind.Relative))).RootElement;
            var id = questions.EnumerateArray().First(q => q.GetProperty("runId").GetString() == runId).GetProperty("id").GetString();
            return $"/api/questions/{id}/answer";
        }),

        new("GET", "/api/git/status", "/api/git/status", Roles.Viewer),
        new("POST", "/api/git/sync", "/api/git/sync", Roles.Author),
        // Signed, not keyed: on a server without git sync it is not there for anyone (GitSyncWebhookTests covers signatures).
        new("POST", "/api/git/webhook", "/api/git/webhook", null, new { @ref = "refs/heads/main" }, AnyoneStatus: 404),
        new("GET", "/api/git/drafts/{id}/file", "/api/git/drafts/matrix-git-file/file", Roles.Author, Arrange: async server =>
        {
            await server.Client(Roles.Admin).PutAsJsonAsync("/api/runbooks/matrix-git-file/draft", Runbook("matrix-git-file"));
            return "/api/git/drafts/matrix-git-file/file";
        }),
        // Pushing needs a repository, which the matrix's server has none of (GitDraftTests pushes to one).
        new("POST", "/api/git/drafts/{id}/push", "/api/git/drafts/hello/push", Roles.Author, GrantedStatus: 404),
        new("GET", "/api/triggers/", "/api/triggers", Roles.Viewer),
        new("GET", "/api/triggers/load-errors", "/api/triggers/load-errors", Roles.Viewer),
        new("GET", "/api/triggers/writebacks/{runId}", "/api/triggers/writebacks/no-such-run", Roles.Viewer),
        new("GET", "/api/triggers/starts", "/api/triggers/starts?status=failed", Roles.Viewer),
        new("GET", "/api/triggers/{id}", "/api/triggers/matrix-get", Roles.Viewer, Arrange: async server =>
        {
            await server.Client(Roles.Admin).PutAsJsonAsync("/api/triggers/matrix-get", Alias);
            return "/api/triggers/matrix-get";
        }),
        new("PUT", "/api/triggers/{id}", "/api/triggers/matrix-put", Roles.Admin, Alias),
        new("DELETE", "/api/triggers/{id}", "/api/triggers/matrix-delete", Roles.Admin, Arrange: async server =>
        {
            await server.Client(Roles.Admin).PutAsJsonAsync("/api/triggers/matrix-delete", Alias);
            return "/api/triggers/matrix-delete";
        }),
        new("POST", "/hooks/{endpoint}", "/hooks/no-such-hook", null, new { }, AnyoneStatus: 404),
        new("POST", "/chat/slack/commands", "/chat/slack/commands", null, AnyoneStatus: 404),
        new("POST", "/chat/slack/interactions", "/chat/slack/interactions", null, AnyoneStatus: 404),
        new("POST", "/chat/mattermost/commands", "/chat/mattermost/commands", null, AnyoneStatus: 404),
        new("POST", "/chat/mattermost/actions", "/chat/mattermost/actions", null, AnyoneStatus: 404),
        new("POST", "/chat/teams/messages", "/chat/teams/messages", null, AnyoneStatus: 404),
    ];

    /// <summary>A chat alias: a trigger that names no secret, so any test server can store it.</summary>
    private static object Alias => new { kind = "alias", runbook = "hello", formats = new[] { "hello" } };

    private static JsonNode Runbook(string id)
    {
        var node = JsonNode.Parse(TestRunbooks.Hello)!;
        node["id"] = id;
        return node;
    }

    /// <summary>A run of version 1 of a two-version script runbook, waiting on its question (to be moved to version 2).</summary>
    private static async Task<string> WaitingScriptRunAsync(TestServer server)
    {
        var admin = server.Client(Roles.Admin);
        var versions = await admin.GetFromJsonAsync<JsonArray>("/api/runbooks/matrix-upgrade/versions");
        for (var version = versions?.Count ?? 0; version < 2; version++)
        {
            var code = $"// id: matrix-upgrade\nvar answer = await Ask(\"Go on?\", [\"yes\", \"no\"], \"no\", TimeSpan.FromHours(1));\nLog(\"v{version + 1}\");\n";
            (await admin.PutAsJsonAsync("/api/runbooks/matrix-upgrade/draft", new { script = new { file = "runbooks/matrix-upgrade.csx", code } })).EnsureSuccessStatusCode();
            (await admin.PostAsync(new Uri("/api/runbooks/matrix-upgrade/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();
        }
        using var started = await admin.PostAsJsonAsync("/api/runs", new { runbook = "matrix-upgrade", version = 1 });
        started.EnsureSuccessStatusCode();
        var runId = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        await RunDriver.WaitForQuestionAsync(server, runId);
        return runId;
    }

    private static async Task<string> FinishedRunAsync(TestServer server)
    {
        var runId = await RunDriver.StartAsync(server, "hello", "matrix-finished");
        await RunDriver.FollowAsync(server, runId);
        return runId;
    }
}

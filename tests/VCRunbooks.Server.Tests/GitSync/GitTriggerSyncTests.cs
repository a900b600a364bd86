using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;
using VCRunbooks.Server.Tests.Triggers;

namespace VCRunbooks.Server.Tests.GitSync;

/// <summary>Trigger files from git: a pushed trigger starts runs, a changed one replaces it, a bad one keeps it, a deleted one is taken away.</summary>
public sealed class GitTriggerSyncTests
{
    private const string TriggerPath = "runbooks/triggers/github-release.json";

    private static string Trigger(string action) => $$"""
        { "id": "github-release", "kind": "webhook", "source": "gitHub", "auth": { "secret": "github-secret" }, "runbook": "hello",
          "match": { "all": [ { "path": "$headers.x-github-event", "equalTo": "release" }, { "path": "$.action", "equalTo": "{{action}}" } ] } }
        """;

    private const string Release = """{"action":"published","release":{"tag_name":"v1.0.0"},"sender":{"login":"octocat"}}""";

    [Fact]
    public async Task TriggerFiles_PublishedChangedKeptWhenInvalid_RemovedWhenDeleted()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["runbooks/hello.json"] = TestRunbooks.Hello, [TriggerPath] = Trigger("published") });
        await using var server = await GitSyncHost.StartAsync(remote, ["--Runbooks:Git:Path=runbooks"]);
        using (var put = await server.Client(Roles.Admin).PutAsJsonAsync("/api/secrets/github-secret", new { value = WebhookFixture.GitHubSecret }))
        {
            put.EnsureSuccessStatusCode();
        }

        var status = await GitSyncHost.StatusAsync(server);
        Assert.Equal("ok", status.LastResult);
        Assert.Equal(["github-release"], status.TriggersPublished);
        var file = Assert.Single(status.Files, f => f.Path == TriggerPath);
        Assert.Equal(("trigger", "published", "github-release"), (file.Kind, file.State, file.TriggerId));
        Assert.Equal("git:" + TriggerPath, (await TriggerAsync(server)).GetProperty("origin").GetString());
        var (started, body) = await HookAsync(server, "d-1");
        Assert.Equal(HttpStatusCode.Accepted, started);
        var runId = body.GetProperty("started")[0].GetProperty("runId").GetString()!;
        Assert.Equal("Completed", await RunDriver.WaitForEndAsync(server, runId));

        // Unchanged: stored once, nothing published again.
        status = await GitSyncHost.SyncAsync(server);
        Assert.Empty(status.TriggersPublished);
        Assert.Equal("unchanged", status.Files.Single(f => f.Path == TriggerPath).State);

        // Changed: the new match applies at once.
        remote.Commit(new Dictionary<string, string> { [TriggerPath] = Trigger("created") }, "Run hello on created releases only");
        remote.Push();
        status = await GitSyncHost.SyncAsync(server);
        Assert.Equal(["github-release"], status.TriggersPublished);
        var (unmatched, reply) = await HookAsync(server, "d-2");
        Assert.Equal(HttpStatusCode.Accepted, unmatched);
        Assert.Equal("no trigger matched", reply.GetProperty("status").GetString());

        // Invalid: named with its line, and the stored trigger is kept.
        remote.Commit(new Dictionary<string, string> { [TriggerPath] = Trigger("created").Replace("\"runbook\"", "\"runbok\"", StringComparison.Ordinal) }, "Typo");
        remote.Push();
        status = await GitSyncHost.SyncAsync(server);
        Assert.Equal("errors", status.LastResult);
        var invalid = status.Files.Single(f => f.Path == TriggerPath);
        Assert.Equal("invalid", invalid.State);
        Assert.Contains(invalid.Errors, e => e.Message.Contains("runbok", StringComparison.Ordinal) && e.Line == 1);
        Assert.Equal("hello", (await TriggerAsync(server)).GetProperty("runbook").GetString());

        // Deleted: taken away, and the hook answers that no trigger has that endpoint.
        remote.Delete(TriggerPath, "No more release runs");
        remote.Push();
        status = await GitSyncHost.SyncAsync(server);
        Assert.Equal([("github-release", TriggerPath)], status.TriggersRemoved.Select(r => (r.TriggerId, r.Path)));
        using (var gone = await server.Client(Roles.Viewer).GetAsync(new Uri("/api/triggers/github-release", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await HookAsync(server, "d-3")).Status);
        Assert.Single(await server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement[]>(new Uri("/api/runs?runbook=hello", UriKind.Relative)) ?? []);
    }

    /// <summary>The trigger as the API lists it (with where it came from).</summary>
    private static async Task<JsonElement> TriggerAsync(TestServer server) =>
        (await server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>(new Uri("/api/triggers", UriKind.Relative)))
            .EnumerateArray().Single(t => t.GetProperty("id").GetString() == "github-release");

    private static async Task<(HttpStatusCode Status, JsonElement Body)> HookAsync(TestServer server, string delivery)
    {
        using var request = WebhookSigning.GitHub(Release, delivery);
        using var response = await server.Client(null).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }
}

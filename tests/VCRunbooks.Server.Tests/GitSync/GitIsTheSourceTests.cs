using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Hosting;
using VCRunbooks.Server.Tests.Infrastructure;
using VCRunbooks.Server.Tests.Triggers;

namespace VCRunbooks.Server.Tests.GitSync;

/// <summary>
/// While a git source is configured, the API does not change what git defines (the next sync would silently undo it):
/// editing or deleting a git trigger answers 409 naming the source and the file, a trigger made through the API stays
/// editable and survives syncs, and exporting a runbook answers the file to commit instead of writing the folder.
/// </summary>
public sealed class GitIsTheSourceTests
{
    private const string TriggerPath = "runbooks/triggers/github-release.json";

    private const string GitTrigger = """
        { "id": "github-release", "kind": "webhook", "source": "gitHub", "auth": { "secret": "github-secret" }, "runbook": "hello" }
        """;

    [Fact]
    public async Task GitTrigger_PutAndDelete_Answer409NamingSourceAndFile_ApiTrigger_StaysEditable_AndSurvivesASync()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["runbooks/hello.json"] = TestRunbooks.Hello, [TriggerPath] = GitTrigger });
        await using var server = await GitSyncHost.StartAsync(remote, ["--Runbooks:Git:Path=runbooks"]);
        var admin = server.Client(Roles.Admin);
        using (var put = await admin.PutAsJsonAsync("/api/secrets/github-secret", new { value = WebhookFixture.GitHubSecret }))
        {
            put.EnsureSuccessStatusCode();
        }
        var before = await admin.GetStringAsync(new Uri("/api/triggers/github-release", UriKind.Relative));

        var edit = JsonNode.Parse(GitTrigger)!.AsObject();
        edit["runbook"] = "ask";
        using var put409 = await admin.PutAsJsonAsync("/api/triggers/github-release", edit);
        using var delete409 = await admin.DeleteAsync(new Uri("/api/triggers/github-release", UriKind.Relative));
        foreach (var response in new[] { put409, delete409 })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            var detail = problem.GetProperty("detail").GetString()!;
            Assert.Contains($"Trigger 'github-release' is defined in git ({remote.Url} branch main path runbooks), file {TriggerPath}", detail, StringComparison.Ordinal);
            Assert.Equal(TriggerPath, problem.GetProperty("file").GetString());
        }
        Assert.Equal(before, await admin.GetStringAsync(new Uri("/api/triggers/github-release", UriKind.Relative)));

        // A trigger git does not define: created, edited and deleted through the API, and no file nobody reads.
        var apiTrigger = JsonNode.Parse(GitTrigger.Replace("github-release", "api-hook", StringComparison.Ordinal))!.AsObject();
        using (var created = await admin.PutAsJsonAsync("/api/triggers/api-hook", apiTrigger))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.Equal("api", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("origin").GetString());
        }
        var folder = Path.Combine(ServerPaths.Resolve(server.Services.GetRequiredService<IOptions<ServerOptions>>().Value.RunbooksPath), "triggers");
        Assert.False(File.Exists(Path.Combine(folder, "api-hook.json")));
        apiTrigger["runbook"] = "ask";
        using (var edited = await admin.PutAsJsonAsync("/api/triggers/api-hook", apiTrigger))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }
        remote.Commit(new Dictionary<string, string> { ["runbooks/other.json"] = TestRunbooks.Hello.Replace("\"hello\"", "\"other\"", StringComparison.Ordinal) }, "Another runbook");
        remote.Push();
        var status = await GitSyncHost.SyncAsync(server);
        Assert.Empty(status.TriggersRemoved);
        Assert.Contains("\"runbook\":\"ask\"", (await admin.GetStringAsync(new Uri("/api/triggers/api-hook", UriKind.Relative))).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        using (var deleted = await admin.DeleteAsync(new Uri("/api/triggers/api-hook", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }
    }

    [Fact]
    public async Task Export_WithGitAsTheSource_AnswersTheFileToCommit_AndWritesNothingToTheFolder()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["runbooks/hello.json"] = TestRunbooks.Hello });
        await using var server = await GitSyncHost.StartAsync(remote, ["--Runbooks:Git:Path=runbooks"]);
        var folder = ServerPaths.Resolve(server.Services.GetRequiredService<IOptions<ServerOptions>>().Value.RunbooksPath);
        var filesBefore = Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];

        using var response = await server.Client(Roles.Author).PostAsync(new Uri("/api/runbooks/hello/export", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("runbooks/hello.json", response.Headers.GetValues("X-Repository-Path").Single());
        Assert.Equal("hello.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var file = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("hello", file["id"]!.GetValue<string>());
        Assert.Equal(filesBefore, Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : []);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.GitSync;

/// <summary>Runbooks from a real git repository: commit, push, sync; pinned runs; bad commits; force-pushes; deleted files.</summary>
public sealed class GitSyncTests
{
    private static readonly string HelloV2 = TestRunbooks.Hello.Replace("hello from a run", "hello from version 2", StringComparison.Ordinal);

    private static readonly string WaitV2 = """
        { "id": "wait", "name": "Wait for a deploy event",
          "inputs": [ { "name": "key", "type": "string", "required": true } ],
          "activities": [ { "id": "start", "type": "Start" },
                          { "id": "wait", "type": "WaitForEvent", "inputs": { "EventName": "deployed", "CorrelationKey": { "expr": "Inputs.key" } } },
                          { "id": "v2", "type": "Log", "inputs": { "Message": "only version 2 logs this" } },
                          { "id": "end", "type": "End" } ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "outcome": "Received", "to": "v2" }, { "from": "v2", "to": "end" } ] }
        """;

    [Fact]
    public async Task CommitPushSync_ChangedRunbooksPublishedWithCommitAndAuthor_UnchangedPublishNothing()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["runbooks/hello.json"] = TestRunbooks.Hello, ["README.md"] = "# ops runbooks" });
        await using var server = await GitSyncHost.StartAsync(remote, ["--Runbooks:Git:Path=runbooks"]);
        var first = remote.Head();

        var status = await GitSyncHost.StatusAsync(server);
        Assert.Equal(first, status.Commit!.Sha);
        Assert.Equal("ok", status.LastResult);
        Assert.Equal(["hello"], status.Published);
        Assert.Equal(["runbooks/hello.json"], status.Files.Select(f => f.Path));

        var second = remote.Commit(new Dictionary<string, string> { ["runbooks/hello.json"] = HelloV2, ["runbooks/ask.json"] = TestRunbooks.Ask }, "Hello v2, ask");
        remote.Push();
        status = await GitSyncHost.SyncAsync(server);

        Assert.Equal(second, status.Commit!.Sha);
        Assert.Equal("Alice Author <alice@example.com>", status.Commit.Author);
        Assert.Equal(["ask", "hello"], status.Published.Order());
        var versions = JsonDocument.Parse(await server.Client(Roles.Viewer).GetStringAsync(new Uri("/api/runbooks/hello/versions", UriKind.Relative))).RootElement;
        Assert.Equal(2, versions.GetArrayLength());
        var source = versions[1].GetProperty("source");
        Assert.Equal("runbooks/hello.json", source.GetProperty("path").GetString());
        Assert.Equal(second, source.GetProperty("revision").GetString());
        Assert.Equal("Alice Author <alice@example.com>", source.GetProperty("author").GetString());
        Assert.Equal(first, versions[0].GetProperty("source").GetProperty("revision").GetString());

        // A commit touching no runbook, and a sync with nothing new: no version anywhere.
        remote.Commit(new Dictionary<string, string> { ["README.md"] = "# ops runbooks, reviewed" }, "Docs only");
        remote.Push();
        status = await GitSyncHost.SyncAsync(server);
        Assert.Empty(status.Published);
        Assert.All(status.Files, f => Assert.Equal("unchanged", f.State));
        status = await GitSyncHost.SyncAsync(server);
        Assert.Empty(status.Published);
        var list = JsonDocument.Parse(await server.Client(Roles.Viewer).GetStringAsync(new Uri("/api/runbooks", UriKind.Relative))).RootElement;
        Assert.Equal(2, list.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "hello").GetProperty("version").GetInt32());
        Assert.Equal(1, list.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ask").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task RunPinnedToCommitA_CommitBLands_RunFinishesOnA_NewRunsTakeB()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["wait.json"] = TestRunbooks.Wait });
        await using var server = await GitSyncHost.StartAsync(remote);
        var pinned = await StartWaitRunAsync(server, "pinned");

        remote.Commit(new Dictionary<string, string> { ["wait.json"] = WaitV2 }, "Log after the event");
        remote.Push();
        Assert.Equal(["wait"], (await GitSyncHost.SyncAsync(server)).Published);

        await RaiseAsync(server, "pinned");
        var events = await RunDriver.FollowAsync(server, pinned, e => e.Event == "state" && e.Data.Contains("\"Completed\"", StringComparison.Ordinal));
        Assert.Equal("Completed", RunDriver.LastStatus(events));
        var run = JsonDocument.Parse(await server.Client(Roles.Viewer).GetStringAsync(new Uri($"/api/runs/{pinned}", UriKind.Relative))).RootElement;
        Assert.Equal(1, run.GetProperty("version").GetInt32());
        Assert.DoesNotContain("only version 2", await server.Client(Roles.Viewer).GetStringAsync(new Uri($"/api/runs/{pinned}/journal", UriKind.Relative)), StringComparison.Ordinal);

        var later = await StartWaitRunAsync(server, "later");
        run = JsonDocument.Parse(await server.Client(Roles.Viewer).GetStringAsync(new Uri($"/api/runs/{later}", UriKind.Relative))).RootElement;
        Assert.Equal(2, run.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task BadCommit_RunbookKeepsPreviousVersion_ErrorInStatusLogAndMetric()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello, ["ask.json"] = TestRunbooks.Ask });
        await using var server = await GitSyncHost.StartAsync(remote);
        var bad = HelloV2.Replace("\"type\": \"Log\"", "\"type\": \"NoSuchActivity\"", StringComparison.Ordinal);

        var badCommit = remote.Commit(new Dictionary<string, string> { ["hello.json"] = bad, ["ask.json"] = TestRunbooks.Ask.Replace("Proceed?", "Go on?", StringComparison.Ordinal) }, "Typo");
        remote.Push();
        var status = await GitSyncHost.SyncAsync(server);

        Assert.Equal("errors", status.LastResult);
        Assert.Equal(badCommit, status.Commit!.Sha);
        Assert.Equal(["ask"], status.Published);
        var file = status.Files.Single(f => f.Path == "hello.json");
        Assert.Equal("invalid", file.State);
        Assert.Equal(1, file.Version);
        var error = Assert.Single(file.Errors);
        Assert.Equal((2, bad.Split('\n')[1].IndexOf("\"type\": \"NoSuchActivity\"", StringComparison.Ordinal) + 1), (error.Line, error.Column));
        Assert.Contains("unknown activity type 'NoSuchActivity'", error.Message, StringComparison.Ordinal);

        var hello = JsonDocument.Parse(await server.Client(Roles.Viewer).GetStringAsync(new Uri("/api/runbooks/hello", UriKind.Relative))).RootElement;
        Assert.Equal(1, hello.GetProperty("version").GetInt32());
        Assert.Equal("completed", await RunHelloAsync(server));
        Assert.Contains(server.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Runbook file {Path} at commit {Commit} is not valid", StringComparison.Ordinal)
            && e.Properties["Path"].ToString() == "\"hello.json\"");
        var metrics = await server.Client(null).GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Contains("vcrunbooks_git_files_in_error{otel_scope_name=\"VCRunbooks.Server\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("vcrunbooks_git_syncs_total{otel_scope_name=\"VCRunbooks.Server\",result=\"errors\"} 1", metrics, StringComparison.Ordinal);

        remote.Commit(new Dictionary<string, string> { ["hello.json"] = HelloV2 }, "Fix the typo");
        remote.Push();
        status = await GitSyncHost.SyncAsync(server);
        Assert.Equal("ok", status.LastResult);
        Assert.Equal(["hello"], status.Published);
        Assert.Equal(2, status.Files.Single(f => f.Path == "hello.json").Version);
    }

    [Fact]
    public async Task ForcePush_HistoryRewritten_TreeOfNewCommitIsWhatIsPublished()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello });
        var a = remote.Head();
        remote.Commit(new Dictionary<string, string> { ["ask.json"] = TestRunbooks.Ask }, "Add ask");
        remote.Push();
        await using var server = await GitSyncHost.StartAsync(remote);
        Assert.Equal(["ask", "hello"], (await GitSyncHost.StatusAsync(server)).Published.Order());

        // Rewrite: back to A, a different second commit, force-pushed over the one the server has.
        remote.ResetTo(a);
        var rewritten = remote.Commit(new Dictionary<string, string> { ["hello.json"] = HelloV2 }, "Hello v2 instead of ask");
        remote.Push(force: true);
        var status = await GitSyncHost.SyncAsync(server);

        Assert.True(status.HistoryRewritten);
        Assert.Equal(rewritten, status.Commit!.Sha);
        Assert.Equal(["hello"], status.Published);
        Assert.Equal("ask", Assert.Single(status.Retracted).RunbookId);
        Assert.Contains(server.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Branch {Branch} was force-pushed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeletedFile_RunbookRetracted_NewRunsRefused_RunInFlightFinishes_ReAddedRunsAgain()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["wait.json"] = TestRunbooks.Wait, ["hello.json"] = TestRunbooks.Hello });
        await using var server = await GitSyncHost.StartAsync(remote);
        var inFlight = await StartWaitRunAsync(server, "in-flight");

        var deleted = remote.Delete("wait.json", "Retire wait");
        remote.Push();
        var status = await GitSyncHost.SyncAsync(server);
        Assert.Equal(new("wait", "wait.json"), Assert.Single(status.Retracted));

        using var refused = await server.Client(Roles.Operator).PostAsJsonAsync("/api/runs", new { runbook = "wait", inputs = new { key = "refused" } });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains($"Runbook 'wait' is retracted (its file wait.json was removed from main at commit {deleted[..12]})", problem, StringComparison.Ordinal);
        var versions = JsonDocument.Parse(await server.Client(Roles.Viewer).GetStringAsync(new Uri("/api/runbooks/wait/versions", UriKind.Relative))).RootElement;
        Assert.StartsWith("its file wait.json was removed", versions[0].GetProperty("retracted").GetString(), StringComparison.Ordinal);

        await RaiseAsync(server, "in-flight");
        var events = await RunDriver.FollowAsync(server, inFlight, e => e.Event == "state" && e.Data.Contains("\"Completed\"", StringComparison.Ordinal));
        Assert.Equal("Completed", RunDriver.LastStatus(events));
        Assert.Equal("completed", await RunHelloAsync(server));

        // A later sync retracts nothing more; putting the file back takes runs again.
        Assert.Empty((await GitSyncHost.SyncAsync(server)).Retracted);
        remote.Commit(new Dictionary<string, string> { ["wait.json"] = TestRunbooks.Wait }, "Bring wait back");
        remote.Push();
        Assert.Equal(["wait"], (await GitSyncHost.SyncAsync(server)).Published);
        await StartWaitRunAsync(server, "back");
    }

    [Fact]
    public async Task BrokenJsonInCommit_FileKeepsItsRunbook_NotRetracted()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello });
        await using var server = await GitSyncHost.StartAsync(remote);

        remote.Commit(new Dictionary<string, string> { ["hello.json"] = "{ \"id\": \"hello\",\n  \"name\": " }, "Half a file");
        remote.Push();
        var status = await GitSyncHost.SyncAsync(server);

        Assert.Empty(status.Retracted);
        var file = Assert.Single(status.Files);
        Assert.Equal("invalid", file.State);
        Assert.Equal(2, Assert.Single(file.Errors).Line);
        Assert.Equal("completed", await RunHelloAsync(server));
    }

    [Fact]
    public async Task UnknownFileKinds_ReportedAsSkipped_TriggerFilesStored_SyncStillOk()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string>
        {
            ["hello.json"] = TestRunbooks.Hello, ["patch.ps1"] = "Connect-VIServer", ["triggers/patch.json"] = """{ "id": "patch", "kind": "alias", "runbook": "hello", "formats": [ "hello" ] }""",
        });
        await using var server = await GitSyncHost.StartAsync(remote);

        var status = await GitSyncHost.StatusAsync(server);

        Assert.Equal("ok", status.LastResult);
        Assert.Equal("skipped", status.Files.Single(f => f.Path == "patch.ps1").State);
        var trigger = status.Files.Single(f => f.Path == "triggers/patch.json");
        Assert.Equal(("trigger", "published", "patch"), (trigger.Kind, trigger.State, trigger.TriggerId));
        Assert.Equal(["hello"], status.Published);
        Assert.Equal(["patch"], status.TriggersPublished);
    }

    [Fact]
    public async Task ScriptRunbook_InTheRepository_PublishedWithItsCommitAndAnUnchangedCommitPublishesNothing()
    {
        const string script = "var who = Input<string>(\"who\", \"Whom to greet\", \"world\");\nLog($\"hello {who}\");\nawait Delay(TimeSpan.FromSeconds(1));\n";
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["greet.csx"] = script });
        await using var server = await GitSyncHost.StartAsync(remote);
        var first = await GitSyncHost.StatusAsync(server);
        remote.Commit(new Dictionary<string, string> { ["notes.txt"] = "unrelated" }, "an unrelated change");

        var second = await GitSyncHost.SyncAsync(server);

        Assert.Equal(["greet"], first.Published);
        Assert.Equal("published", first.Files.Single(f => f.Path == "greet.csx").State);
        Assert.Empty(second.Published);
        Assert.Equal("unchanged", second.Files.Single(f => f.Path == "greet.csx").State);
    }

    [Fact]
    public async Task BranchMissing_SyncFailedWithGitsMessage_PublishedRunbooksStay()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello });
        await using var server = await GitSyncHost.StartAsync(remote, ["--Runbooks:Git:Branch=release"]);

        var status = await GitSyncHost.StatusAsync(server);

        Assert.Equal("failed", status.LastResult);
        Assert.Contains("git fetch", status.Error, StringComparison.Ordinal);
        Assert.Contains("release", status.Error, StringComparison.Ordinal);
        Assert.Null(status.Commit);
    }

    [Fact]
    public async Task Credential_FromSecretStore_SyncWorks_TokenInNoLogOrStatus()
    {
        const string token = "glpat-secret-token-0123456789";
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello });
        await using var server = await GitSyncHost.StartAsync(remote, ["--Runbooks:Git:Credential=git-token"]);
        Assert.Contains("'git-token', which does not exist", (await GitSyncHost.StatusAsync(server)).Error, StringComparison.Ordinal);

        using var put = await server.Client(Roles.Admin).PutAsJsonAsync("/api/secrets/git-token", new { value = token });
        put.EnsureSuccessStatusCode();
        var status = await GitSyncHost.SyncAsync(server);

        Assert.Equal("ok", status.LastResult);
        Assert.Equal(["hello"], status.Published);
        Assert.DoesNotContain(token, server.Logs.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, await server.Client(Roles.Viewer).GetStringAsync(new Uri("/api/git/status", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static async Task<string> StartWaitRunAsync(TestServer server, string key)
    {
        using var response = await server.Client(Roles.Operator).PostAsJsonAsync("/api/runs", new { runbook = "wait", inputs = new { key } });
        response.EnsureSuccessStatusCode();
        var runId = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        await RunDriver.FollowAsync(server, runId, e => e.Event == "RunSuspended" || (e.Event == "state" && e.Data.Contains("\"name\":\"deployed\"", StringComparison.Ordinal)));
        return runId;
    }

    private static async Task RaiseAsync(TestServer server, string key)
    {
        using var response = await server.Client(Roles.Operator).PostAsJsonAsync("/api/events/deployed", new { correlationKey = key });
        response.EnsureSuccessStatusCode();
    }

    private static async Task<string> RunHelloAsync(TestServer server)
    {
        var runId = await RunDriver.StartAsync(server, "hello");
        return RunDriver.LastStatus(await RunDriver.FollowAsync(server, runId, e => e.Event == "state" && e.Data.Contains("\"Completed\"", StringComparison.Ordinal))).ToLowerInvariant();
    }
}

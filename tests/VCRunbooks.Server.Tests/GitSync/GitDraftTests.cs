using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.GitSync;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.GitSync;

/// <summary>Drafts to git: the file ready to commit, and a branch with a commit pushed to the remote when the server may push.</summary>
public sealed class GitDraftTests
{
    [Fact]
    public async Task DraftFile_IsIndentedJsonAtTheRunbooksPath_ValidAsCommitted()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["ops/hello.json"] = TestRunbooks.Hello });
        await using var server = await GitSyncHost.StartAsync(remote, ["--Runbooks:Git:Path=ops"]);
        await SaveDraftAsync(server, "hello from a draft");

        using var response = await server.Client(Roles.Author).GetAsync(new Uri("/api/git/drafts/hello/file", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal("ops/hello.json", response.Headers.GetValues("X-Repository-Path").Single());
        Assert.Equal("hello.json", response.Content.Headers.ContentDisposition?.FileName);
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  \"activities\": [", text, StringComparison.Ordinal);
        Assert.Equal("hello from a draft", JsonNode.Parse(text)!["activities"]![1]!["inputs"]!["Message"]!.GetValue<string>());
    }

    [Fact]
    public async Task PushDraft_Allowed_BranchWithOneCommitOnTheSyncedBranch()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello });
        await using var server = await GitSyncHost.StartAsync(remote, ["--Runbooks:Git:AllowPush=true"]);
        await SaveDraftAsync(server, "hello, reviewed in git");

        using var response = await server.Client(Roles.Author).PostAsync(new Uri("/api/git/drafts/hello/push", UriKind.Relative), null);

        response.EnsureSuccessStatusCode();
        var pushed = (await response.Content.ReadFromJsonAsync<DraftPushResponse>())!;
        Assert.StartsWith("vcrunbooks/drafts/hello-", pushed.Branch, StringComparison.Ordinal);
        Assert.Equal(remote.Head(), pushed.Base);
        Assert.Equal(pushed.Commit, GitRemote.Git(remote.Bare, "rev-parse", "refs/heads/" + pushed.Branch).Trim());
        Assert.Equal(pushed.Base, GitRemote.Git(remote.Bare, "rev-parse", pushed.Commit + "^").Trim());
        Assert.Equal("test-author", GitRemote.Git(remote.Bare, "show", "-s", "--format=%an", pushed.Commit).Trim());
        var file = GitRemote.Git(remote.Bare, "show", $"{pushed.Commit}:hello.json");
        Assert.Contains("hello, reviewed in git", file, StringComparison.Ordinal);
        // main is untouched: the change waits for review.
        Assert.Equal(pushed.Base, GitRemote.Git(remote.Bare, "rev-parse", "refs/heads/main").Trim());
    }

    [Fact]
    public async Task PushDraft_NotAllowed_403NamingTheSetting()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello });
        await using var server = await GitSyncHost.StartAsync(remote);
        await SaveDraftAsync(server, "hello");

        using var response = await server.Client(Roles.Author).PostAsync(new Uri("/api/git/drafts/hello/push", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Runbooks:Git:AllowPush", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(GitRemote.Git(remote.Bare, "branch", "--list").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static async Task SaveDraftAsync(TestServer server, string message)
    {
        var draft = JsonNode.Parse(TestRunbooks.Hello)!;
        draft["activities"]![1]!["inputs"]!["Message"] = message;
        using var response = await server.Client(Roles.Author).PutAsJsonAsync("/api/runbooks/hello/draft", draft);
        response.EnsureSuccessStatusCode();
    }
}

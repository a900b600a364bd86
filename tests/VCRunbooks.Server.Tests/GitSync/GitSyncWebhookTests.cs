using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.GitSync;

/// <summary>Push webhooks: a right signature (GitHub, Gitea, GitLab) syncs at once; a wrong or missing one is 401 and nothing happens.</summary>
public sealed class GitSyncWebhookTests
{
    private const string Secret = "webhook-shared-secret-1";

    [Theory]
    [InlineData("github")]
    [InlineData("gitea")]
    [InlineData("gitlab")]
    public async Task Push_RightSignature_SyncsTheNewCommit(string provider)
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello });
        await using var server = await StartAsync(remote);
        var pushed = remote.Commit(new Dictionary<string, string> { ["ask.json"] = TestRunbooks.Ask }, "Add ask");
        remote.Push();
        var before = GitSyncHost.Service(server).Status.Syncs;

        using var response = await PostAsync(server, Push("refs/heads/main"), provider, Secret);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await GitSyncHost.Service(server).WaitForSyncAsync(before, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(pushed, status.Commit!.Sha);
        Assert.Equal(["ask"], status.Published);
    }

    [Theory]
    [InlineData("github")]
    [InlineData("gitea")]
    [InlineData("gitlab")]
    [InlineData("none")]
    public async Task Push_WrongOrMissingSignature_401AndNoSync(string provider)
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello });
        await using var server = await StartAsync(remote);
        var requests = GitSyncHost.Service(server).SyncRequests;

        using var response = await PostAsync(server, Push("refs/heads/main"), provider, "not-the-secret-at-all");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(provider == "none" ? "no signature" : "does not match the webhook secret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(requests, GitSyncHost.Service(server).SyncRequests);
        Assert.DoesNotContain("not-the-secret-at-all", server.Logs.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, server.Logs.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_SignedBodyTamperedWith_401()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello });
        await using var server = await StartAsync(remote);
        var body = Push("refs/heads/main");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/git/webhook") { Content = new StringContent(body.Replace("main", "mai", StringComparison.Ordinal), Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + Hmac(body, Secret));

        using var response = await server.Client(null).SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Push_ToAnotherBranch_IgnoredWithReason()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello });
        await using var server = await StartAsync(remote);
        var requests = GitSyncHost.Service(server).SyncRequests;

        using var response = await PostAsync(server, Push("refs/heads/feature"), "github", Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the push was to refs/heads/feature; runbooks come from refs/heads/main", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(requests, GitSyncHost.Service(server).SyncRequests);
    }

    [Fact]
    public async Task Webhook_NoSecretConfigured_Refused()
    {
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello });
        await using var server = await GitSyncHost.StartAsync(remote);

        using var response = await PostAsync(server, Push("refs/heads/main"), "github", Secret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Runbooks:Git:WebhookSecret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<TestServer> StartAsync(GitRemote remote)
    {
        var server = await GitSyncHost.StartAsync(remote, ["--Runbooks:Git:WebhookSecret=git-webhook"]);
        using var put = await server.Client(Roles.Admin).PutAsJsonAsync("/api/secrets/git-webhook", new { value = Secret });
        put.EnsureSuccessStatusCode();
        return server;
    }

    private static string Push(string branchRef) => $$"""{ "ref": "{{branchRef}}", "after": "0123456789abcdef", "commits": [] }""";

    private static Task<HttpResponseMessage> PostAsync(TestServer server, string body, string provider, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/git/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        switch (provider)
        {
            case "github":
                request.Headers.Add("X-GitHub-Event", "push");
                request.Headers.Add("X-Hub-Signature-256", "sha256=" + Hmac(body, secret));
                break;
            case "gitea":
                request.Headers.Add("X-Gitea-Event", "push");
                request.Headers.Add("X-Gitea-Signature", Hmac(body, secret));
                break;
            case "gitlab":
                request.Headers.Add("X-Gitlab-Event", "Push Hook");
                request.Headers.Add("X-Gitlab-Token", secret);
                break;
        }

        return server.Client(null).SendAsync(request);
    }

    private static string Hmac(string body, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
}

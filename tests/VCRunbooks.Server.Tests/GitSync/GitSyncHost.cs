using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.GitSync;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.GitSync;

/// <summary>The real server taking its runbooks from a <see cref="GitRemote"/>; polling off unless asked for, so syncs happen when a test says.</summary>
internal static class GitSyncHost
{
    public static async Task<TestServer> StartAsync(GitRemote remote, IEnumerable<string>? settings = null, Action<IServiceCollection>? customize = null)
    {
        var server = await TestServer.StartAsync(
            [$"--Runbooks:Git:Url={remote.Url}", "--Runbooks:Git:PollInterval=00:00:00", .. settings ?? []], customize: customize is null ? null : builder => customize(builder.Services));
        // The sync the server makes once it has started.
        await Service(server).WaitForSyncAsync(0, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        return server;
    }

    internal static GitSyncService Service(TestServer server) => server.Services.GetRequiredService<GitSyncService>();

    /// <summary>POST /api/git/sync as an author: fetch and publish now.</summary>
    public static async Task<GitSyncStatus> SyncAsync(TestServer server)
    {
        using var response = await server.Client(Roles.Author).PostAsync(new Uri("/api/git/sync", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<GitSyncStatus>())!;
    }

    public static async Task<GitSyncStatus> StatusAsync(TestServer server) =>
        (await server.Client(Roles.Viewer).GetFromJsonAsync<GitSyncStatus>(new Uri("/api/git/status", UriKind.Relative)))!;
}

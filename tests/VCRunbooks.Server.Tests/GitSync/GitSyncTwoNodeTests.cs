using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.GitSync;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.GitSync;

/// <summary>
/// Two server nodes on one PostgreSQL database, both taking runbooks from one git repository and polling on one
/// FakeTimeProvider: at start and at each poll interval exactly one node fetches and publishes, and the other shows
/// that node's sync (commit, versions) as its status.
/// </summary>
public sealed class GitSyncTwoNodeTests
{
    [PostgresFact]
    public async Task TwoNodes_OneSyncPerPollInterval_TheOtherShowsItsStatusAndVersions()
    {
        var database = "vcr_gitsync_" + Guid.NewGuid().ToString("N")[..12];
        var connection = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { Database = database }.ConnectionString;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello });
        string[] settings = ["--Database:Provider=Postgres", $"--Database:ConnectionString={connection}", "--Runbooks:Git:PollInterval=00:10:00"];
        try
        {
            await using var a = await GitSyncHost.StartAsync(remote, [.. settings, "--Engine:NodeId=node-a"], s => s.AddSingleton<TimeProvider>(time));
            await using var b = await GitSyncHost.StartAsync(remote, [.. settings, "--Engine:NodeId=node-b"], s => s.AddSingleton<TimeProvider>(time));
            var first = remote.Head();
            // Each node's own status (not the shared one): a node that synced itself would name itself.
            Assert.Equal(("node-a", first), Shown(GitSyncHost.Service(a).Status));
            Assert.Equal(("node-a", first), Shown(GitSyncHost.Service(b).Status));
            Assert.Equal(("node-a", first), Shown(await GitSyncHost.StatusAsync(b)));

            remote.Commit(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello.Replace("\"Hello\"", "\"Hello again\"", StringComparison.Ordinal) }, "Hello, changed");
            remote.Push();
            var second = remote.Head();
            var (syncsA, syncsB) = (GitSyncHost.Service(a).Status.Syncs, GitSyncHost.Service(b).Status.Syncs);

            // The interval passes on both nodes at once: both timers fire, one node syncs.
            time.Advance(TimeSpan.FromMinutes(10));
            await Task.WhenAll(
                GitSyncHost.Service(a).WaitForSyncAsync(syncsA, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60)),
                GitSyncHost.Service(b).WaitForSyncAsync(syncsB, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60)));

            var synced = Shown(await GitSyncHost.StatusAsync(a));
            Assert.Equal(second, synced.Commit);
            Assert.Contains(synced.SyncedBy, new[] { "node-a", "node-b" });
            Assert.Equal(synced, Shown(await GitSyncHost.StatusAsync(b)));
            // The node that did not sync has the old commit (its own start-up sync, when it polled while the other held
            // the lease) or the other's sync as its own status, never a sync of its own of the new commit.
            var other = synced.SyncedBy == "node-a" ? b : a;
            Assert.NotEqual((synced.SyncedBy == "node-a" ? "node-b" : "node-a", second), Shown(GitSyncHost.Service(other).Status));
            var versions = await b.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>(new Uri("/api/runbooks/hello/versions", UriKind.Relative));
            Assert.Equal(2, versions.GetArrayLength());
        }
        finally
        {
            await using var admin = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static (string? SyncedBy, string? Commit) Shown(GitSyncStatus status) => (status.SyncedBy, status.Commit?.Sha);
}

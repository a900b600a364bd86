using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using VCRunbooks.Server.Triggers.Chat;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>The embedded default's file of chat starts: what an earlier version kept in the server's database moves there, and concurrent acks all commit.</summary>
public sealed class ChatStartRequestsFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vcr-start-file-").FullName;

    [Fact]
    public async Task RequestsInTheServerDatabase_MovedToTheFileOnFirstUse_PendingOneStillDue_NoneLeftBehind()
    {
        var serverDatabase = Path.Combine(_directory, "vcrunbooks.db");
        await using (var server = new SqliteConnection($"Data Source={serverDatabase};Pooling=False"))
        {
            await server.OpenAsync();
            await using var create = server.CreateCommand();
            create.CommandText = TriggerSchema.StartRequestsTable + ";" +
                "INSERT INTO trigger_start_requests VALUES ('slack:old-pending', 'greet', 'from-chat', '{\"target\":\"vcsa-01\"}', 'target=vcsa-01', 'slack', 'U1', 'olivia', 'C1', NULL, 'pending', NULL, NULL, 0, NULL, NULL, 1, 1);" +
                "INSERT INTO trigger_start_requests VALUES ('slack:old-started', 'greet', 'from-chat', '{}', '', 'slack', 'U1', 'olivia', NULL, NULL, 'started', 'run-1', NULL, 1, NULL, NULL, 1, 2);";
            await create.ExecuteNonQueryAsync();
        }

        using (var requests = new ChatStartRequestsFile(Path.Combine(_directory, ChatStartRequestsFile.FileName), serverDatabase, TimeProvider.System, NullLogger<ChatStartRequestsFile>.Instance))
        {
            var due = Assert.Single(await requests.DueAsync(10, CancellationToken.None));
            Assert.Equal("slack:old-pending", due.Id);
            Assert.Equal("{\"target\":\"vcsa-01\"}", due.Inputs);
            Assert.Equal("run-1", (await requests.FindAsync("slack:old-started", CancellationToken.None))!.RunId);
        }

        await using var check = new SqliteConnection($"Data Source={serverDatabase};Pooling=False");
        await check.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM trigger_start_requests";
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task TwoHundredConcurrentAcks_EachCommittedOnce_RedeliveriesRefused()
    {
        using var requests = new ChatStartRequestsFile(Path.Combine(_directory, ChatStartRequestsFile.FileName), null, TimeProvider.System, NullLogger<ChatStartRequestsFile>.Instance);

        var added = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(() => requests.TryAddAsync(Request($"slack:{i % 200}"), CancellationToken.None))));

        Assert.Equal(200, added.Count(a => a));
        Assert.Equal(200, (await requests.ListAsync(ChatStartStatus.Pending, 1000, CancellationToken.None)).Count);
    }

    private static ChatStartRequest Request(string id) => new()
    {
        Id = id, TriggerId = "greet", Runbook = "from-chat", Inputs = "{}", Shown = string.Empty, Workspace = "slack", UserId = "U1", UserName = "olivia",
    };

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

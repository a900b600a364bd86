using Microsoft.Extensions.Time.Testing;
using Npgsql;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Outbox;

/// <summary>The outbox as a relay on PostgreSQL sees it: concurrent commits, and several nodes on one database.</summary>
[RequiresPostgres]
public sealed class PostgresOutboxTests
{
    [EngineFact]
    public async Task Delete_AnEventCommittedLateBelowARelayedOne_IsKeptAndReadNext()
    {
        await using var storage = await EngineStorage.PostgresAsync();
        await using var node = await StartNodeAsync(storage, "node-a");
        await using var slow = new NpgsqlConnection(storage.ConnectionString);
        await slow.OpenAsync();
        await using var slowCommit = await slow.BeginTransactionAsync();
        var low = await InsertAsync(slow, "slow-run");
        var high = await InsertAsync(null, "fast-run", storage.ConnectionString);

        var read = await node.Outbox.ReadAsync(0, 100);
        await slowCommit.CommitAsync();
        var deleted = await node.Outbox.DeleteAsync([.. read.Select(m => m.Id)]);
        var next = await node.Outbox.ReadAsync(0, 100);

        Assert.True(low < high);
        Assert.Equal([high], read.Select(m => m.Id));
        Assert.Equal(1, deleted);
        Assert.Equal([low], next.Select(m => m.Id));
    }

    [EngineFact]
    public async Task TryLeadRelay_TwoNodes_OneLeadsUntilItLetsGoOrItsSessionDies()
    {
        await using var storage = await EngineStorage.PostgresAsync();
        await using var nodeA = await StartNodeAsync(storage, "node-a");
        await using var nodeB = await StartNodeAsync(storage, "node-b");

        var leadA = await nodeA.Outbox.TryLeadRelayAsync();
        var whileAHolds = await nodeB.Outbox.TryLeadRelayAsync();
        await leadA!.DisposeAsync();
        var leadB = await nodeB.Outbox.TryLeadRelayAsync();
        await TerminateAdvisoryLockHoldersAsync(storage.ConnectionString);
        var bStillHeld = await leadB!.IsHeldAsync();
        var leadAAgain = await nodeA.Outbox.TryLeadRelayAsync();

        Assert.Null(whileAHolds);
        Assert.NotNull(leadB);
        Assert.False(bStillHeld);
        Assert.NotNull(leadAAgain);
        Assert.True(await leadAAgain.IsHeldAsync());
        await leadB.DisposeAsync();
        await leadAAgain.DisposeAsync();
    }

    private static Task<TestEngine> StartNodeAsync(EngineStorage storage, string nodeId) =>
        TestEngine.StartAsync(storage, new FakeTimeProvider(DateTimeOffset.UnixEpoch), o =>
        {
            o.NodeId = nodeId;
            o.StartWorkers = false;
        });

    private static async Task<long> InsertAsync(NpgsqlConnection? connection, string runId, string? connectionString = null)
    {
        await using var own = connection is null ? new NpgsqlConnection(connectionString) : null;
        if (own is not null)
        {
            await own.OpenAsync();
        }

        await using var command = new NpgsqlCommand(
            "INSERT INTO outbox (run_id, type, payload, created_at_ms) VALUES (@run, 'RunCancelled', '{}', 0) RETURNING id",
            connection ?? own);
        command.Parameters.AddWithValue("run", runId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>What a killed node's database sessions look like to PostgreSQL: gone, with their locks.</summary>
    private static async Task TerminateAdvisoryLockHoldersAsync(string connectionString)
    {
        await using var admin = new NpgsqlConnection(connectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            admin);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }
}

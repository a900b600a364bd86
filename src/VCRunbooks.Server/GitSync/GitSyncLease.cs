using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.GitSync;

/// <summary>
/// One node syncs at a time across the nodes sharing a database (SQLite or PostgreSQL): a lease row per source, taken
/// by a conditional update, released with the status the sync came to so the other nodes show it. A poll finds the
/// sync another node made within the interval and skips; a request (webhook, POST /api/git/sync) made while another
/// node syncs is noted, and that node syncs once more when it is done. A node that dies holding the lease leaves it
/// to the others once it runs out.
/// </summary>
internal sealed class GitSyncLease(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Longer than any sync; a node that died syncing holds the others back this long at most.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(10);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private int _created;

    public sealed record Shared(string? SyncedBy, long SyncedAtMs, long RequestedAtMs, string? Holder, long HeldUntilMs, GitSyncStatus? Status);

    /// <summary>Takes the lease; the time it was taken, or null when another node holds it.</summary>
    public async Task<long?> TryTakeAsync(string source, string node, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var services = scopes.CreateAsyncScope();
        var db = await DbAsync(services, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO git_sync_leases (source, holder, held_until_ms, taken_at_ms, requested_at_ms, synced_by, synced_at_ms, status) VALUES ({0}, NULL, 0, 0, 0, NULL, 0, NULL) ON CONFLICT DO NOTHING",
            [source], cancellationToken);
        var taken = await db.Database.ExecuteSqlRawAsync(
            "UPDATE git_sync_leases SET holder = {1}, held_until_ms = {2}, taken_at_ms = {3} WHERE source = {0} AND held_until_ms <= {3}",
            [source, node, now + (long)Length.TotalMilliseconds, now], cancellationToken);
        return taken == 1 ? now : null;
    }

    /// <summary>Releases the lease with the sync's status; true when a request came in meanwhile (sync again).</summary>
    public async Task<bool> ReleaseAsync(string source, string node, long takenAtMs, GitSyncStatus status, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var services = scopes.CreateAsyncScope();
        var db = await DbAsync(services, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE git_sync_leases SET holder = NULL, held_until_ms = 0, synced_by = {1}, synced_at_ms = {2}, status = {3} WHERE source = {0} AND holder = {1}",
            [source, node, now, JsonSerializer.Serialize(status, Json)], cancellationToken);
        return (await ReadAsync(db, source, cancellationToken))?.RequestedAtMs > takenAtMs;
    }

    /// <summary>Releases the lease leaving the last sync as it was (another node's stands); true when a request came in meanwhile.</summary>
    public async Task<bool> ReleaseUnchangedAsync(string source, string node, long takenAtMs, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = await DbAsync(services, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE git_sync_leases SET holder = NULL, held_until_ms = 0 WHERE source = {0} AND holder = {1}",
            [source, node], cancellationToken);
        return (await ReadAsync(db, source, cancellationToken))?.RequestedAtMs > takenAtMs;
    }

    /// <summary>Notes a request made while another node syncs: that node syncs again once done.</summary>
    public async Task RequestAsync(string source, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = await DbAsync(services, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("UPDATE git_sync_leases SET requested_at_ms = {1} WHERE source = {0}", [source, time.GetUtcNow().ToUnixTimeMilliseconds()], cancellationToken);
    }

    public async Task<Shared?> FindAsync(string source, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        return await ReadAsync(await DbAsync(services, cancellationToken), source, cancellationToken);
    }

    private static async Task<Shared?> ReadAsync(ServerDbContext db, string source, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<Row>(
            "SELECT synced_by AS \"SyncedBy\", synced_at_ms AS \"SyncedAtMs\", requested_at_ms AS \"RequestedAtMs\", holder AS \"Holder\", held_until_ms AS \"HeldUntilMs\", status AS \"Status\" FROM git_sync_leases WHERE source = {0}",
            source).ToListAsync(cancellationToken);
        return rows is [var r]
            ? new Shared(r.SyncedBy, r.SyncedAtMs, r.RequestedAtMs, r.Holder, r.HeldUntilMs, r.Status is null ? null : JsonSerializer.Deserialize<GitSyncStatus>(r.Status, Json))
            : null;
    }

    /// <summary>The database, with the lease table created on first use (databases that exist get it too).</summary>
    private async Task<ServerDbContext> DbAsync(AsyncServiceScope services, CancellationToken cancellationToken)
    {
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        if (Volatile.Read(ref _created) == 0)
        {
            await db.Database.ExecuteSqlRawAsync(
                """
                CREATE TABLE IF NOT EXISTS git_sync_leases (
                    source TEXT NOT NULL PRIMARY KEY,
                    holder TEXT NULL,
                    held_until_ms BIGINT NOT NULL,
                    taken_at_ms BIGINT NOT NULL,
                    requested_at_ms BIGINT NOT NULL,
                    synced_by TEXT NULL,
                    synced_at_ms BIGINT NOT NULL,
                    status TEXT NULL)
                """, cancellationToken);
            Volatile.Write(ref _created, 1);
        }
        return db;
    }

    private sealed class Row
    {
        public string? SyncedBy { get; set; }
        public long SyncedAtMs { get; set; }
        public long RequestedAtMs { get; set; }
        public string? Holder { get; set; }
        public long HeldUntilMs { get; set; }
        public string? Status { get; set; }
    }
}

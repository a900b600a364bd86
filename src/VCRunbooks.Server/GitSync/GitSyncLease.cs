using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.GitSync;

/// <summary>
/// One node syncs at a time across the nodes sharing a database (SQLite or PostgreSQL): a lease row per source, taken
/// by a conditional update, released with the status the sync came to so the other nodes show it. A poll finds the
/// sync another node made within the interval and skips; a request (webhook, POST /api/git/sync) made while another
/// node syncs is noted, and that node syncs once more when it is done. While a node syncs it renews the lease (see
/// <see cref="Hold"/>), so a long sync keeps it; a node that dies holding the lease leaves it to the others once it
/// runs out.
/// </summary>
internal sealed partial class GitSyncLease(IServiceScopeFactory scopes, TimeProvider time, ILogger<GitSyncLease> logger)
{
    /// <summary>How long a lease lasts unless renewed; a node that died syncing holds the others back this long at most.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(10);

    /// <summary>How often a node that syncs renews its lease: three renewals can fail before it runs out.</summary>
    public static readonly TimeSpan RenewEvery = Length / 4;

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

    /// <summary>
    /// Keeps the lease taken at <paramref name="takenAtMs"/> while a sync runs: every <see cref="RenewEvery"/> on the
    /// server's clock it is extended to <see cref="Length"/> from then. When a renewal finds the lease no longer this
    /// node's (it ran out and another node took it), <see cref="LeaseHold.Lost"/> is cancelled so the sync stops
    /// instead of running beside the other node's.
    /// </summary>
    public LeaseHold Hold(string source, string node, long takenAtMs) => new(this, source, node, takenAtMs, time, logger);

    /// <summary>Extends the lease; false when this node no longer holds the lease it took at <paramref name="takenAtMs"/>.</summary>
    internal async Task<bool> RenewAsync(string source, string node, long takenAtMs, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var services = scopes.CreateAsyncScope();
        var db = await DbAsync(services, cancellationToken);
        return await db.Database.ExecuteSqlRawAsync(
            "UPDATE git_sync_leases SET held_until_ms = {3} WHERE source = {0} AND holder = {1} AND taken_at_ms = {2}",
            [source, node, takenAtMs, now + (long)Length.TotalMilliseconds], cancellationToken) == 1;
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

    /// <summary>A lease being renewed while its sync runs; disposing stops the renewals (release is separate).</summary>
    public sealed partial class LeaseHold : IAsyncDisposable
    {
        private readonly GitSyncLease _lease;
        private readonly string _source;
        private readonly string _node;
        private readonly long _takenAtMs;
        private readonly ILogger _logger;
        private readonly ITimer _timer;
        private readonly CancellationTokenSource _lost = new();
        private readonly Lock _sync = new();
        private Task _renewal = Task.CompletedTask;
        private bool _disposed;

        internal LeaseHold(GitSyncLease lease, string source, string node, long takenAtMs, TimeProvider time, ILogger logger)
        {
            (_lease, _source, _node, _takenAtMs, _logger) = (lease, source, node, takenAtMs, logger);
            _timer = time.CreateTimer(static hold => ((LeaseHold)hold!).Renew(), this, RenewEvery, RenewEvery);
        }

        /// <summary>Cancelled when a renewal found that the lease is no longer this node's.</summary>
        public CancellationToken Lost => _lost.Token;

        /// <summary>The latest renewal (done when none is running); tests wait on it after moving the clock.</summary>
        internal Task LatestRenewal
        {
            get { lock (_sync) { return _renewal; } }
        }

        public async ValueTask DisposeAsync()
        {
            Task last;
            lock (_sync)
            {
                if (_disposed)
                {
                    return;
                }
                _disposed = true;
                last = _renewal;
            }
            await _timer.DisposeAsync();
            await last;
            _lost.Dispose();
        }

        private void Renew()
        {
            lock (_sync)
            {
                // One renewal at a time: a slow database makes the next tick wait for this one rather than pile up.
                if (_disposed || !_renewal.IsCompleted)
                {
                    return;
                }
                _renewal = RenewAsync();
            }
        }

        private async Task RenewAsync()
        {
            try
            {
                if (!await _lease.RenewAsync(_source, _node, _takenAtMs, CancellationToken.None))
                {
                    LogLost(_logger, _source, _node);
                    await _lost.CancelAsync();
                }
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
            {
                // The lease is still good for a while; the next tick tries again.
                LogRenewFailed(_logger, _source, ex.Message);
            }
        }

        [LoggerMessage(Level = LogLevel.Warning, Message = "The git sync lease for {Source} is no longer held by {Node} (it ran out and another node took it); this sync stops")]
        private static partial void LogLost(ILogger logger, string source, string node);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the git sync lease for {Source} failed ({Reason}); the next renewal tries again")]
        private static partial void LogRenewFailed(ILogger logger, string source, string reason);
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

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Leases;

/// <summary>
/// The lease on a run row (lease_owner, lease_until_ms, lease_again): one node executes a run at a time. Every
/// statement is a single UPDATE, so the row lock orders a dispatch that finds the lease held against the holder's
/// release: either the holder sees lease_again and passes once more, or the dispatcher finds the lease free.
/// </summary>
internal sealed class RunLeases(IDbContextFactory<EngineDbContext> contexts, EngineOptions options)
{
    private const string Free = "(lease_owner IS NULL OR lease_until_ms < @p1)";
    private long _acquisitions;

    // A configured node id survives restarts; the random part keeps a restarted node from renewing (or mistaking
    // for its own) the leases its killed predecessor left behind.
    private readonly string _ownerPrefix = $"{options.NodeId}/{Guid.NewGuid().ToString("N")[..8]}/";

    private long NowMs => options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    private long UntilMs => NowMs + (long)options.LeaseDuration.TotalMilliseconds;

    /// <summary>
    /// Takes the lease when it is free or expired, under an owner name unique to this acquisition (node id, process
    /// instance, counter), so two consumers of one node tell each other apart; otherwise asks the holder for one more pass.
    /// Returns the owner name, or null when the run is held elsewhere (or does not exist).
    /// </summary>
    public async Task<string?> TryAcquireAsync(string runId, CancellationToken cancellationToken)
    {
        var owner = _ownerPrefix + Interlocked.Increment(ref _acquisitions).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var current = await ScalarAsync(
            "UPDATE runs SET " +
            $"lease_owner = CASE WHEN {Free} THEN @p2 ELSE lease_owner END, " +
            $"lease_until_ms = CASE WHEN {Free} THEN @p3 ELSE lease_until_ms END, " +
            $"lease_again = CASE WHEN {Free} THEN @p4 ELSE @p5 END " +
            "WHERE id = @p0 RETURNING lease_owner",
            [runId, NowMs, owner, UntilMs, false, true],
            cancellationToken);
        return string.Equals(current as string, owner, StringComparison.Ordinal) ? owner : null;
    }

    /// <summary>
    /// Releases the lease after a pass unless a pass was asked for meanwhile; then it keeps the lease, clears the
    /// request and returns <see cref="LeaseRelease.PassAgain"/>.
    /// </summary>
    public async Task<LeaseRelease> ReleaseAsync(string runId, string owner, CancellationToken cancellationToken)
    {
        var released = await ExecuteAsync(
            "UPDATE runs SET lease_owner = NULL, lease_until_ms = NULL WHERE id = @p0 AND lease_owner = @p1 AND lease_again = @p2",
            [runId, owner, false], cancellationToken);
        if (released > 0)
        {
            return LeaseRelease.Released;
        }

        // Only the holder clears lease_again, so if it was set it still is, unless the lease expired and moved on.
        var again = await ExecuteAsync(
            "UPDATE runs SET lease_again = @p2, lease_until_ms = @p3 WHERE id = @p0 AND lease_owner = @p1 AND lease_again = @p4",
            [runId, owner, false, UntilMs, true], cancellationToken);
        return again > 0 ? LeaseRelease.PassAgain : LeaseRelease.Lost;
    }

    /// <summary>After a failed pass: drops the lease but keeps any pass request, so the recovery sweep sees it.</summary>
    public Task<int> AbandonAsync(string runId, string owner, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE runs SET lease_owner = NULL, lease_until_ms = NULL WHERE id = @p0 AND lease_owner = @p1",
            [runId, owner], cancellationToken);

    /// <summary>Extends every lease this node holds; returns the owner names still held (a missing one was lost).</summary>
    public async Task<HashSet<string>> RenewAsync(CancellationToken cancellationToken)
    {
        var prefix = _ownerPrefix;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = SqlBatch.Command(db.Database.GetDbConnection(), null,
            "UPDATE runs SET lease_until_ms = @p0 WHERE substr(lease_owner, 1, @p1) = @p2 RETURNING lease_owner",
            [UntilMs, prefix.Length, prefix]);
        var held = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            held.Add(reader.GetString(0));
        }

        return held;
    }

    /// <summary>Which of these runs have a cancel request waiting (it may have reached another node's API).</summary>
    public async Task<HashSet<string>> FindCancelRequestedAsync(IReadOnlyCollection<string> runIds, CancellationToken cancellationToken)
    {
        var cancelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in runIds.Chunk(500))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = SqlBatch.Command(db.Database.GetDbConnection(), null,
                $"SELECT DISTINCT run_id FROM bookmarks WHERE kind = @p0 AND run_id IN ({SqlBatch.InList(1, chunk.Length)})",
                [BookmarkKinds.Cancel, .. chunk]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                cancelled.Add(reader.GetString(0));
            }
        }

        return cancelled;
    }

    /// <summary>
    /// Claims the runs that need a pass nobody is giving them: no live lease, and active for longer than a lease (a
    /// node died mid-pass, or before its dispatch left), asked for another pass, or holding a fired signal. The claim
    /// (lease_until_ms one lease ahead, no owner) keeps the next sweeps, on any node, from dispatching the same run
    /// again while the first dispatch waits in the queue; any pass may still take the lease at once.
    /// </summary>
    public async Task<List<string>> ClaimOrphansAsync(int max, CancellationToken cancellationToken)
    {
        const string Unclaimed = "(lease_until_ms IS NULL OR lease_until_ms < @p1)";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = SqlBatch.Command(db.Database.GetDbConnection(), null,
            "UPDATE runs SET lease_owner = NULL, lease_until_ms = @p4 WHERE id IN (" +
            $"SELECT id FROM runs WHERE {Unclaimed} AND (" +
            "(status IN ('Running', 'Compensating') AND updated_at_ms < @p2) OR lease_again = @p3 " +
            "OR EXISTS (SELECT 1 FROM bookmarks b WHERE b.run_id = runs.id AND b.triggered = @p3)) " +
            $"ORDER BY updated_at_ms LIMIT @p0) AND {Unclaimed} RETURNING id",
            [max, NowMs, NowMs - (long)options.LeaseDuration.TotalMilliseconds, true, UntilMs]);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private async Task<int> ExecuteAsync(string sql, object[] values, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = SqlBatch.Command(db.Database.GetDbConnection(), null, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<object?> ScalarAsync(string sql, object[] values, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = SqlBatch.Command(db.Database.GetDbConnection(), null, sql, values);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is DBNull ? null : result;
    }
}

using Microsoft.EntityFrameworkCore;
using Npgsql;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Timers;

/// <summary>
/// On PostgreSQL with several nodes, a poller claims the due timers it dispatches (claimed_until_ms, one lease long)
/// with FOR UPDATE SKIP LOCKED, so two pollers never both dispatch the same timer. A claim whose pass never deleted
/// the timer (the node died) expires and the timer is claimed again.
/// </summary>
internal sealed class PostgresTimerClaims(IDbContextFactory<EngineDbContext> contexts, EngineOptions options)
{
    public async Task<List<string>> ClaimDueAsync(long nowMs, int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "UPDATE bookmarks SET claimed_until_ms = $1 WHERE id IN (" +
            "SELECT id FROM bookmarks WHERE due_at_ms <= $2 AND (claimed_until_ms IS NULL OR claimed_until_ms < $2) " +
            "ORDER BY due_at_ms LIMIT $3 FOR UPDATE SKIP LOCKED) " +
            "AND (claimed_until_ms IS NULL OR claimed_until_ms < $2) RETURNING run_id",
            (NpgsqlConnection)db.Database.GetDbConnection());
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = nowMs + (long)options.LeaseDuration.TotalMilliseconds });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = nowMs });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        var runs = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(reader.GetString(0));
        }

        return [.. runs];
    }
}

using Microsoft.EntityFrameworkCore;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Triggers.Storage;

/// <summary>Trigger definitions in the database, so every node sees what the files and the API put there.</summary>
internal sealed class TriggerStore(IServiceScopeFactory scopes, ServerDatabase database, TimeProvider time)
{
    public async Task<IReadOnlyList<StoredTrigger>> ListAsync(CancellationToken cancellationToken)
    {
        // Plain SQL: the loader lists at every start, and an EF query here would build the model before ready.
        return await PlainSql.ListAsync(database, "SELECT id, kind, body, origin, updated_at_ms FROM trigger_definitions ORDER BY id", r => new StoredTrigger
        {
            Id = r.GetString(0), Kind = r.GetString(1), Body = r.GetString(2), Origin = r.GetString(3), UpdatedAtMs = r.GetInt64(4),
        }, cancellationToken);
    }

    /// <summary>A number that changes whenever any definition does: the catalog rebuilds only then.</summary>
    public async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        var rows = await PlainSql.ListAsync(database, "SELECT COUNT(*), COALESCE(MAX(updated_at_ms), 0) FROM trigger_definitions",
            r => (Count: r.GetInt64(0), Latest: r.GetInt64(1)), cancellationToken);
        return $"{rows[0].Count}:{rows[0].Latest}";
    }

    /// <summary>Inserts or replaces; true when it was new.</summary>
    public async Task<bool> UpsertAsync(string id, string kind, string body, string origin, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        // Strictly increasing per node, so two writes in one millisecond still change the version.
        var now = Math.Max(time.GetUtcNow().ToUnixTimeMilliseconds(), Interlocked.Increment(ref _lastWriteMs));
        Interlocked.Exchange(ref _lastWriteMs, now);
        var updated = await db.Database.ExecuteSqlRawAsync(
            "UPDATE trigger_definitions SET kind = {1}, body = {2}, origin = {3}, updated_at_ms = {4} WHERE id = {0}", [id, kind, body, origin, now], cancellationToken);
        if (updated == 1)
        {
            return false;
        }
        var inserted = await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO trigger_definitions (id, kind, body, origin, updated_at_ms) VALUES ({0}, {1}, {2}, {3}, {4}) ON CONFLICT DO NOTHING",
            [id, kind, body, origin, now], cancellationToken);
        return inserted == 1;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        return await db.Database.ExecuteSqlRawAsync("DELETE FROM trigger_definitions WHERE id = {0}", [id], cancellationToken) == 1;
    }

    private long _lastWriteMs;
}

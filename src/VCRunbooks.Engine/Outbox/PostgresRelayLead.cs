using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Outbox;

/// <summary>
/// A session-level advisory lock on a connection kept open for as long as this process relays. PostgreSQL releases it
/// when the session ends, so a killed node hands the relay to another within the time its connection takes to drop.
/// </summary>
internal sealed class PostgresRelayLead : IRelayLead
{
    /// <summary>"VCRelay" in ASCII: the advisory lock key of the outbox relay.</summary>
    private const long LockKey = 0x56_43_52_65_6C_61_79;

    private readonly EngineDbContext _db;

    private PostgresRelayLead(EngineDbContext db) => _db = db;

    public static async Task<IRelayLead?> TryTakeAsync(IDbContextFactory<EngineDbContext> contexts, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            if (await ScalarAsync(db, "SELECT pg_try_advisory_lock(@p0)", cancellationToken) is true)
            {
                return new PostgresRelayLead(db);
            }
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }

        await db.DisposeAsync();
        return null;
    }

    public async Task<bool> IsHeldAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            // The lock lives as long as the session: a live connection still holds it.
            return await ScalarAsync(_db, "SELECT @p0::bigint IS NOT NULL", cancellationToken) is true;
        }
        catch (DbException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ScalarAsync(_db, "SELECT pg_advisory_unlock(@p0)", CancellationToken.None);
        }
        catch (DbException)
        {
            // The session is gone, and the lock with it.
        }
        catch (InvalidOperationException)
        {
            // Likewise: the connection was already broken.
        }

        await _db.DisposeAsync();
    }

    private static async Task<object?> ScalarAsync(EngineDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = SqlBatch.Command(db.Database.GetDbConnection(), null, sql, [LockKey]);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace VCRunbooks.Server.Persistence;

/// <summary>
/// Creates the server's tables when they are missing. EnsureCreated is not used because the engine's tables may
/// share the database, and EnsureCreated does nothing once any table exists.
/// </summary>
internal static class SchemaInitializer
{
    public static async Task EnsureSchemaAsync(ServerDatabase database, IServiceProvider services, CancellationToken cancellationToken)
    {
        // A restart finds its tables: one plain query answers that without building the EF model (most of the time
        // of a first EF use). A database that is missing or has no tables yet takes EF's path, which creates them.
        if (await TablesExistAsync(database, cancellationToken))
        {
            return;
        }
        var db = services.GetRequiredService<ServerDbContext>();
        var creator = db.Database.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }
        if (!await TablesExistAsync(database, cancellationToken))
        {
            await creator.CreateTablesAsync(cancellationToken);
        }
    }

    private static async Task<bool> TablesExistAsync(ServerDatabase database, CancellationToken cancellationToken)
    {
        var sql = database.IsPostgres
            ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'server_targets'"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'server_targets'";
        try
        {
            return await PlainSql.CountAsync(database, sql, cancellationToken) > 0;
        }
        catch (DbException) when (database.IsPostgres)
        {
            // The database itself is not there yet (PostgreSQL): EF's creator makes it.
            return false;
        }
    }
}

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
    public static async Task EnsureSchemaAsync(ServerDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.Database.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }
        var sql = db.Database.IsNpgsql()
            ? "SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_name = 'server_targets'"
            : "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'server_targets'";
        if (await db.Database.SqlQueryRaw<int>(sql).SingleAsync(cancellationToken) == 0)
        {
            await creator.CreateTablesAsync(cancellationToken);
        }
    }
}

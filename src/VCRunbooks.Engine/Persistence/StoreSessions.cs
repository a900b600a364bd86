using Microsoft.EntityFrameworkCore;

namespace VCRunbooks.Engine.Persistence;

/// <summary>Opens the run store's sessions: SQLite on the one kept-open writer connection, PostgreSQL on pooled connections.</summary>
internal sealed class StoreSessions(IDbContextFactory<EngineDbContext> contexts, EngineOptions options, SqliteWriter sqlite)
{
    public async Task<StoreSession> OpenAsync(CancellationToken cancellationToken)
    {
        if (options.Provider == StorageProvider.Sqlite)
        {
            foreach (var interceptor in options.Interceptors.OfType<IStoreSessionInterceptor>())
            {
                interceptor.SessionOpening();
            }

            return await sqlite.OpenAsync(cancellationToken);
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return new PooledStoreSession(db, db.Database.GetDbConnection());
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}

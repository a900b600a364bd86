using Microsoft.EntityFrameworkCore;
using VCRunbooks.Server.Hosting;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Server.Persistence;

/// <summary>Registers the server's database: SQLite in the data folder by default, PostgreSQL by configuration.</summary>
internal static class PersistenceServiceCollectionExtensions
{
    public static IServiceCollection AddServerPersistence(this IServiceCollection services, IConfiguration configuration, DataFolder data)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = options.Provider switch
        {
            DatabaseProvider.Postgres => options.ConnectionString
                ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres."),
            _ => options.ConnectionString ?? $"Data Source={data.File("vcrunbooks.db")}",
        };
        services.AddDbContext<ServerDbContext>(db =>
        {
            switch (options.Provider)
            {
                case DatabaseProvider.Postgres:
                    db.UseNpgsql(connectionString);
                    break;
                default:
                    db.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionPragmas());
                    break;
            }
        });
        services.AddSingleton(new ServerDatabase(options.Provider, connectionString));
        return services;
    }
}

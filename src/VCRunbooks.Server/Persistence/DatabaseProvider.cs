namespace VCRunbooks.Server.Persistence;

/// <summary>The database engines the server can store its state in.</summary>
public enum DatabaseProvider
{
    /// <summary>One SQLite file in the data folder: the embedded default, one node.</summary>
    Sqlite,
    /// <summary>PostgreSQL: production, and the database several nodes share.</summary>
    Postgres,
}

namespace VCRunbooks.Engine.Persistence;

/// <summary>The database the engine keeps its state in.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file (WAL): the embedded default, one node.</summary>
    Sqlite,
    /// <summary>PostgreSQL: production, and any number of nodes sharing one database.</summary>
    Postgres,
}

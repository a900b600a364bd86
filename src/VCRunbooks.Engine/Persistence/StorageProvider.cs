namespace VCRunbooks.Engine.Persistence;

/// <summary>The database the engine keeps its state in.</summary>
public enum StorageProvider
{
    Sqlite,
    Postgres,
}

namespace VCRunbooks.Server.Persistence;

/// <summary>The database engines the server can store its state in.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

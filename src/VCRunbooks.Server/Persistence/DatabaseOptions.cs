namespace VCRunbooks.Server.Persistence;

/// <summary>Which database the server uses; bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section: <c>Database</c>.</summary>
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default, a file in the data folder) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for SQLite the default is <c>Data Source=&lt;data folder&gt;/vcrunbooks.db</c>.</summary>
    public string? ConnectionString { get; set; }
}

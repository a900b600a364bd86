using Microsoft.Data.Sqlite;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>
/// The acknowledged chat starts on the embedded default: a SQLite file of their own (<c>trigger-starts.db</c> in the
/// data folder) with one writer that commits the acknowledgements arriving together in one transaction
/// (<see cref="SqliteGroupCommit"/>). In the server's database the insert waited behind the engine's writes to the same
/// file (SQLite admits one writer), up to hundreds of milliseconds; here nothing else writes.
/// </summary>
internal sealed partial class ChatStartRequestsFile : ChatStartRequests, IDisposable
{
    public const string FileName = "trigger-starts.db";

    private readonly SqliteGroupCommit _writer;

    /// <param name="path">This file.</param>
    /// <param name="serverDatabase">The server's SQLite file, where requests were kept before: any found there are moved here once.</param>
    /// <param name="time">The clock of the timestamps.</param>
    /// <param name="logger">Where the move is logged.</param>
    public ChatStartRequestsFile(string path, string? serverDatabase, TimeProvider time, ILogger<ChatStartRequestsFile> logger) : base(time) =>
        _writer = new SqliteGroupCommit(path, connection => Initialize(connection, serverDatabase, logger), logger);

    public void Dispose() => _writer.Dispose();

    protected override Task<int> ExecuteAsync(string sql, object?[] parameters, CancellationToken cancellationToken) =>
        _writer.RunAsync(_ => Bind(sql, parameters).ExecuteNonQuery(), cancellationToken);

    protected override Task<List<ChatStartRequest>> QueryAsync(string sql, object?[] parameters, CancellationToken cancellationToken) =>
        _writer.RunAsync(_ =>
        {
            using var reader = Bind(sql, parameters).ExecuteReader();
            var rows = new List<ChatStartRequest>();
            while (reader.Read())
            {
                rows.Add(Read(reader));
            }
            return rows;
        }, cancellationToken);

    private SqliteCommand Bind(string sql, object?[] parameters)
    {
        var command = _writer.Command(sql);
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue(ParameterName(i), parameters[i] ?? DBNull.Value);
        }
        return command;
    }

    private static void Initialize(SqliteConnection connection, string? serverDatabase, ILogger logger)
    {
        Execute(connection, TriggerSchema.StartRequestsTable);
        Execute(connection, TriggerSchema.StartRequestsIndex);
        if (serverDatabase is not null && File.Exists(serverDatabase))
        {
            MoveFromServerDatabase(connection, serverDatabase, logger);
        }
    }

    /// <summary>
    /// Requests an earlier version kept in the server's database come here, pending ones included, so none is lost by
    /// the upgrade. Copied first and deleted there after, each its own transaction: a crash in between copies again
    /// next time, and the copy keeps what this file already has.
    /// </summary>
    private static void MoveFromServerDatabase(SqliteConnection connection, string serverDatabase, ILogger logger)
    {
        using (var attach = connection.CreateCommand())
        {
            attach.CommandText = "ATTACH DATABASE @path AS server";
            attach.Parameters.AddWithValue("@path", serverDatabase);
            attach.ExecuteNonQuery();
        }
        try
        {
            using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT COUNT(*) FROM server.sqlite_master WHERE type = 'table' AND name = 'trigger_start_requests'";
            if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }
            var moved = Execute(connection, $"INSERT INTO main.trigger_start_requests ({Columns}) SELECT {Columns} FROM server.trigger_start_requests WHERE true ON CONFLICT DO NOTHING");
            Execute(connection, "DELETE FROM server.trigger_start_requests");
            if (moved > 0)
            {
                LogMoved(logger, moved, serverDatabase);
            }
        }
        finally
        {
            Execute(connection, "DETACH DATABASE server");
        }
    }

    private static int Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // the SQL is this server's own text
        command.CommandText = sql;
#pragma warning restore CA2100
        return command.ExecuteNonQuery();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} chat start requests from {ServerDatabase} to their own file")]
    private static partial void LogMoved(ILogger logger, int count, string serverDatabase);
}

using System.Buffers;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// The run store's one SQLite connection, kept open for the engine's lifetime with its statements prepared
/// once and re-bound on each use. SQLite admits one writer at a time anyway, so a gate in front of one
/// connection costs no concurrency, and it saves a pooled open, a transaction object and a sqlite3_prepare
/// per statement on every commit (Microsoft.Data.Sqlite caches prepared statements per command only).
/// Writes go straight to SQLitePCL statements, bound by position: Microsoft.Data.Sqlite would add a data
/// reader, a statement enumerator and a by-name parameter lookup to every one of the commit's INSERTs.
/// </summary>
internal sealed class SqliteWriter(EngineOptions options) : IDisposable
{
    // Distinct SQL texts are few (the commit path's constants plus IN-lists of a few sizes); past this, don't cache.
    private const int MaxCachedCommands = 128;

    // A pass of thousands of events may grow the buffer; it is not kept past this size.
    private const int MaxKeptBuffer = 1 << 20;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PreparedStatement> _statements = new(StringComparer.Ordinal);

    private SqliteConnection? _connection;
    private ArrayBufferWriter<byte> _buffer = new(4096);
    private Utf8JsonWriter? _json;

    /// <summary>Takes the connection for one session; dispose the lease to hand it on.</summary>
    public async Task<SqliteStoreSession> OpenAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Connection();
            return new SqliteStoreSession(this);
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    /// <summary>The prepared command for the SQL, its parameters @p0..@p(count-1) ready to re-bind. Call only inside a session.</summary>
    internal SqliteCommand Command(string sql, int parameterCount, out bool cached)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            cached = true;
            return command;
        }

        command = Connection().CreateCommand();
#pragma warning disable CA2100 // The SQL text is built from constants and parameter names only.
        command.CommandText = sql;
#pragma warning restore CA2100
        for (var i = 0; i < parameterCount; i++)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = SqlBatch.ParameterName(i) });
        }

        command.Prepare();
        cached = _commands.Count < MaxCachedCommands;
        if (cached)
        {
            _commands[sql] = command;
        }

        return command;
    }

    internal sqlite3 Database => Connection().Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");

    /// <summary>The prepared write statement for the SQL, reset and ready to bind. Call only inside a session.</summary>
    internal PreparedStatement Statement(string sql, int parameterCount, out bool cached)
    {
        if (_statements.TryGetValue(sql, out var prepared))
        {
            cached = true;
            return prepared;
        }

        var rc = raw.sqlite3_prepare_v3(Database, sql, raw.SQLITE_PREPARE_PERSISTENT, out var statement);
        SqliteStoreSession.Check(Database, rc);
        // SQLite numbers parameters by first appearance; map @p0.. to those numbers once, not per bind.
        var indexes = new int[parameterCount];
        for (var i = 0; i < parameterCount; i++)
        {
            indexes[i] = raw.sqlite3_bind_parameter_index(statement, SqlBatch.ParameterName(i));
        }

        prepared = new PreparedStatement(statement, indexes);
        cached = _statements.Count < MaxCachedCommands;
        if (cached)
        {
            _statements[sql] = prepared;
        }

        return prepared;
    }

    /// <summary>A reusable buffer and writer for the commit's outbox batch (one session at a time uses them).</summary>
    internal (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer) JsonBuffer()
    {
        _buffer.ResetWrittenCount();
        if (_buffer.Capacity > MaxKeptBuffer)
        {
            _buffer = new ArrayBufferWriter<byte>(4096);
        }

        if (_json is null)
        {
            _json = new Utf8JsonWriter(_buffer);
        }
        else
        {
            _json.Reset(_buffer);
        }

        return (_buffer, _json);
    }

    /// <summary>Ends a session; a session that failed mid-way drops the connection so the next one starts clean.</summary>
    internal void Release(bool broken)
    {
        if (broken)
        {
            Close();
        }

        _gate.Release();
    }

    public void Dispose()
    {
        Close();
        _json?.Dispose();
        _gate.Dispose();
    }

    private SqliteConnection Connection()
    {
        if (_connection is not null)
        {
            return _connection;
        }

        // Not pooled: this connection lives as long as the engine, and closing it must really close the file.
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString) { Pooling = false };
        var opened = new SqliteConnection(builder.ConnectionString);
        opened.Open();
        using (var pragmas = opened.CreateCommand())
        {
            pragmas.CommandText = SqliteConnectionPragmas.Pragmas;
            pragmas.ExecuteNonQuery();
        }

        return _connection = opened;
    }

    private void Close()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        foreach (var prepared in _statements.Values)
        {
            prepared.Statement.Dispose();
        }

        _statements.Clear();
        _connection?.Dispose();
        _connection = null;
    }
}

using Npgsql;

namespace VCRunbooks.ScaleOut.Node;

/// <summary>
/// What the nodes did, in tables the test reads: probe_ledger (every probe execution with node and database-clock
/// start/end), effects (one row per idempotency key), effect_duplicates (idempotency check hits) and gate (one flag).
/// </summary>
public sealed class ScaleOutLedger(string connectionString, string node) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    public const string Schema = """
        CREATE TABLE IF NOT EXISTS probe_ledger (id bigserial PRIMARY KEY, node text NOT NULL, run_id text NOT NULL,
            activity_id text NOT NULL, idempotency_key text NOT NULL, started_at timestamptz NOT NULL, ended_at timestamptz NULL);
        CREATE TABLE IF NOT EXISTS effects (idempotency_key text PRIMARY KEY, node text NOT NULL);
        CREATE TABLE IF NOT EXISTS effect_duplicates (idempotency_key text NOT NULL, node text NOT NULL);
        CREATE TABLE IF NOT EXISTS gate (open boolean NOT NULL);
        """;

    public async Task<long> StartedAsync(string runId, string activityId, string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(
            "INSERT INTO probe_ledger (node, run_id, activity_id, idempotency_key, started_at) VALUES ($1, $2, $3, $4, clock_timestamp()) RETURNING id");
        command.Parameters.AddWithValue(node);
        command.Parameters.AddWithValue(runId);
        command.Parameters.AddWithValue(activityId);
        command.Parameters.AddWithValue(idempotencyKey);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task EndedAsync(long entry, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("UPDATE probe_ledger SET ended_at = clock_timestamp() WHERE id = $1");
        command.Parameters.AddWithValue(entry);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The side effect with its own idempotency check, like finding the job an earlier attempt started.</summary>
    public async Task ApplyEffectAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("INSERT INTO effects (idempotency_key, node) VALUES ($1, $2) ON CONFLICT DO NOTHING");
        command.Parameters.AddWithValue(idempotencyKey);
        command.Parameters.AddWithValue(node);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            await using var duplicate = _source.CreateCommand("INSERT INTO effect_duplicates (idempotency_key, node) VALUES ($1, $2)");
            duplicate.Parameters.AddWithValue(idempotencyKey);
            duplicate.Parameters.AddWithValue(node);
            await duplicate.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<bool> GateOpenAsync(CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("SELECT COALESCE(bool_or(open), false) FROM gate");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}

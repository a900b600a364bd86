using System.Text.Json.Nodes;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Triggers.Storage;

/// <summary>
/// Runs waiting for their maintenance window, kept in the database (a durable timer): they survive restarts, and
/// exactly one node starts each when it is due.
/// </summary>
/// <remarks>Plain SQL on a connection of its own (<see cref="ServerDatabase"/>), as <see cref="TriggerClaims"/>.</remarks>
internal sealed class PendingStarts(ServerDatabase database)
{
    public sealed class Pending
    {
        public string Id { get; set; } = string.Empty;
        public string Runbook { get; set; } = string.Empty;
        public string Inputs { get; set; } = "{}";
        public long DueAtMs { get; set; }
        public string Reason { get; set; } = string.Empty;
        public string? RunId { get; set; }
    }

    private const string Columns = "id, runbook, inputs, due_at_ms, reason, run_id";

    /// <summary>Adds the start; the same id twice adds one.</summary>
    public Task AddAsync(string id, string runbook, JsonObject inputs, DateTimeOffset dueAt, string reason, CancellationToken cancellationToken) =>
        PlainSql.ExecuteAsync(database,
            "INSERT INTO trigger_pending_starts (id, runbook, inputs, idempotency_key, due_at_ms, reason, run_id) VALUES (@id, @runbook, @inputs, @id, @due, @reason, NULL) ON CONFLICT DO NOTHING",
            cancellationToken, ("@id", id), ("@runbook", runbook), ("@inputs", inputs.ToJsonString()), ("@due", dueAt.ToUnixTimeMilliseconds()), ("@reason", reason));

    public async Task<IReadOnlyList<Pending>> ListAsync(CancellationToken cancellationToken) =>
        await PlainSql.ListAsync(database, $"SELECT {Columns} FROM trigger_pending_starts ORDER BY due_at_ms", Read, cancellationToken);

    public async Task<IReadOnlyList<Pending>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        await PlainSql.ListAsync(database, $"SELECT {Columns} FROM trigger_pending_starts WHERE run_id IS NULL AND due_at_ms <= @now ORDER BY due_at_ms",
            Read, cancellationToken, ("@now", now.ToUnixTimeMilliseconds()));

    /// <summary>True for the one node that takes the start.</summary>
    public async Task<bool> TryTakeAsync(string id, CancellationToken cancellationToken) =>
        await PlainSql.ExecuteAsync(database, "UPDATE trigger_pending_starts SET run_id = '' WHERE id = @id AND run_id IS NULL", cancellationToken, ("@id", id)) == 1;

    public Task CompleteAsync(string id, string runId, CancellationToken cancellationToken) =>
        PlainSql.ExecuteAsync(database, "UPDATE trigger_pending_starts SET run_id = @run WHERE id = @id", cancellationToken, ("@id", id), ("@run", runId));

    private static Pending Read(System.Data.Common.DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Runbook = r.GetString(1),
        Inputs = r.GetString(2),
        DueAtMs = r.GetInt64(3),
        Reason = r.GetString(4),
        RunId = r.NullableString(5),
    };
}

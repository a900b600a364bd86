using System.Text.Json.Nodes;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Triggers.Storage;

/// <summary>
/// Runs waiting for their maintenance window, kept in the database (a durable timer): they survive restarts, and
/// exactly one node starts each when it is due. Taking one moves its due time <see cref="TakeFor"/> ahead instead of
/// marking it for good, so a node that dies between taking a start and recording its run leaves it due again for
/// the next node; the start's idempotency key (its id) makes that node get the run the first one started, if any.
/// </summary>
/// <remarks>Plain SQL on a connection of its own (<see cref="ServerDatabase"/>), as <see cref="TriggerClaims"/>.</remarks>
internal sealed class PendingStarts(ServerDatabase database)
{
    /// <summary>How long a taken start is another node's to finish before it is due again.</summary>
    public static readonly TimeSpan TakeFor = TimeSpan.FromMinutes(2);

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

    // run_id '' is how earlier versions marked a start as taken for good; one left so by a node that died is due too.
    public async Task<IReadOnlyList<Pending>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        await PlainSql.ListAsync(database, $"SELECT {Columns} FROM trigger_pending_starts WHERE (run_id IS NULL OR run_id = '') AND due_at_ms <= @now ORDER BY due_at_ms",
            Read, cancellationToken, ("@now", now.ToUnixTimeMilliseconds()));

    /// <summary>True for the one node that takes the start now; it is due again after <see cref="TakeFor"/> unless completed.</summary>
    public async Task<bool> TryTakeAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        await PlainSql.ExecuteAsync(database,
            "UPDATE trigger_pending_starts SET run_id = NULL, due_at_ms = @until WHERE id = @id AND (run_id IS NULL OR run_id = '') AND due_at_ms <= @now",
            cancellationToken, ("@id", id), ("@now", now.ToUnixTimeMilliseconds()), ("@until", (now + TakeFor).ToUnixTimeMilliseconds())) == 1;

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

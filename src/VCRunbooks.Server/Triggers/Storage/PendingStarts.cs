using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Triggers.Storage;

/// <summary>
/// Runs waiting for their maintenance window, kept in the database (a durable timer): they survive restarts, and
/// exactly one node starts each when it is due.
/// </summary>
internal sealed class PendingStarts(IServiceScopeFactory scopes)
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

    private const string Columns = "id AS \"Id\", runbook AS \"Runbook\", inputs AS \"Inputs\", due_at_ms AS \"DueAtMs\", reason AS \"Reason\", run_id AS \"RunId\"";

    /// <summary>Adds the start; the same id twice adds one.</summary>
    public async Task AddAsync(string id, string runbook, JsonObject inputs, DateTimeOffset dueAt, string reason, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO trigger_pending_starts (id, runbook, inputs, idempotency_key, due_at_ms, reason, run_id) VALUES ({0}, {1}, {2}, {0}, {3}, {4}, NULL) ON CONFLICT DO NOTHING",
            [id, runbook, inputs.ToJsonString(), dueAt.ToUnixTimeMilliseconds(), reason], cancellationToken);
    }

    public async Task<IReadOnlyList<Pending>> ListAsync(CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        return await db.Database.SqlQueryRaw<Pending>($"SELECT {Columns} FROM trigger_pending_starts ORDER BY due_at_ms").ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Pending>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        return await db.Database.SqlQueryRaw<Pending>($"SELECT {Columns} FROM trigger_pending_starts WHERE run_id IS NULL AND due_at_ms <= {{0}} ORDER BY due_at_ms", now.ToUnixTimeMilliseconds())
            .ToListAsync(cancellationToken);
    }

    /// <summary>True for the one node that takes the start.</summary>
    public async Task<bool> TryTakeAsync(string id, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        return await db.Database.ExecuteSqlRawAsync("UPDATE trigger_pending_starts SET run_id = '' WHERE id = {0} AND run_id IS NULL", [id], cancellationToken) == 1;
    }

    public async Task CompleteAsync(string id, string runId, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        await db.Database.ExecuteSqlRawAsync("UPDATE trigger_pending_starts SET run_id = {1} WHERE id = {0}", [id, runId], cancellationToken);
    }
}

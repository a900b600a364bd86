using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Triggers.Storage;

/// <summary>
/// Runs waiting for their maintenance window, kept in the database (a durable timer): they survive restarts, and
/// exactly one node starts each when it is due. Taking one moves its due time <see cref="TakeFor"/> ahead instead of
/// marking it for good, so a node that dies between taking a start and recording its run leaves it due again for
/// the next node; the start's idempotency key (its id) makes that node get the run the first one started, if any.
/// </summary>
internal sealed class PendingStarts(IServiceScopeFactory scopes)
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
        // run_id '' is how earlier versions marked a start as taken for good; one left so by a node that died is due too.
        return await db.Database.SqlQueryRaw<Pending>($"SELECT {Columns} FROM trigger_pending_starts WHERE (run_id IS NULL OR run_id = '') AND due_at_ms <= {{0}} ORDER BY due_at_ms", now.ToUnixTimeMilliseconds())
            .ToListAsync(cancellationToken);
    }

    /// <summary>True for the one node that takes the start now; it is due again after <see cref="TakeFor"/> unless completed.</summary>
    public async Task<bool> TryTakeAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        return await db.Database.ExecuteSqlRawAsync(
            "UPDATE trigger_pending_starts SET run_id = NULL, due_at_ms = {2} WHERE id = {0} AND (run_id IS NULL OR run_id = '') AND due_at_ms <= {1}",
            [id, now.ToUnixTimeMilliseconds(), (now + TakeFor).ToUnixTimeMilliseconds()], cancellationToken) == 1;
    }

    public async Task CompleteAsync(string id, string runId, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        await db.Database.ExecuteSqlRawAsync("UPDATE trigger_pending_starts SET run_id = {1} WHERE id = {0}", [id, runId], cancellationToken);
    }
}

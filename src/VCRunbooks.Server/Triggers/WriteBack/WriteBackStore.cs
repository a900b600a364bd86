using Microsoft.EntityFrameworkCore;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Triggers.WriteBack;

/// <summary>Which ticket a run reports to, and the journal of every write-back made (or failed) for it.</summary>
internal sealed class WriteBackStore(IServiceScopeFactory scopes, TimeProvider time)
{
    public sealed class Target
    {
        public string RunId { get; set; } = string.Empty;
        public string TriggerId { get; set; } = string.Empty;
        public string Ticket { get; set; } = string.Empty;
    }

    public sealed class Entry
    {
        public string Id { get; set; } = string.Empty;
        public string RunId { get; set; } = string.Empty;
        public string System { get; set; } = string.Empty;
        public string Ticket { get; set; } = string.Empty;
        public string Event { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;
        public int Attempts { get; set; }
        public string? Error { get; set; }
        public long AtMs { get; set; }
    }

    public async Task AddTargetAsync(string runId, string triggerId, string ticket, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO trigger_writeback_targets (run_id, trigger_id, ticket) VALUES ({0}, {1}, {2}) ON CONFLICT DO NOTHING", [runId, triggerId, ticket], cancellationToken);
    }

    public async Task<Target?> FindTargetAsync(string runId, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        return (await db.Database.SqlQueryRaw<Target>("SELECT run_id AS \"RunId\", trigger_id AS \"TriggerId\", ticket AS \"Ticket\" FROM trigger_writeback_targets WHERE run_id = {0}", runId)
            .ToListAsync(cancellationToken)).FirstOrDefault();
    }

    public async Task JournalAsync(string runId, string system, string ticket, string eventName, string status, int attempts, string? error, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO trigger_writebacks (id, run_id, system, ticket, event, status, attempts, error, at_ms) VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8})",
            [Guid.NewGuid().ToString("N"), runId, system, ticket, eventName, status, attempts, error!, time.GetUtcNow().ToUnixTimeMilliseconds()], cancellationToken);
    }

    public async Task<IReadOnlyList<Entry>> ListAsync(string runId, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        return await db.Database.SqlQueryRaw<Entry>(
            "SELECT id AS \"Id\", run_id AS \"RunId\", system AS \"System\", ticket AS \"Ticket\", event AS \"Event\", status AS \"Status\", attempts AS \"Attempts\", error AS \"Error\", at_ms AS \"AtMs\" FROM trigger_writebacks WHERE run_id = {0} ORDER BY at_ms",
            runId).ToListAsync(cancellationToken);
    }
}

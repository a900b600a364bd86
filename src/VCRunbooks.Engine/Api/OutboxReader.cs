using Microsoft.EntityFrameworkCore;
using VCRunbooks.Engine.Outbox;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine;

/// <summary>Reads the outbox as single messages, whether a row holds one event or a commit's batch (<see cref="OutboxBatch"/>).</summary>
internal sealed class OutboxReader(IDbContextFactory<EngineDbContext> contexts, EngineOptions options) : IOutboxReader
{
    private const int IdsPerDelete = 500;

    public async Task<IReadOnlyList<OutboxMessage>> ReadAsync(long afterId, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Every row holds at least one message, so max rows are always enough; a batch row's id is its highest.
        var rows = await db.Outbox.AsNoTracking().Where(o => o.Id > afterId).OrderBy(o => o.Id).Take(max).ToListAsync(cancellationToken);
        return rows.SelectMany(OutboxBatch.Expand).Where(m => m.Id > afterId).Take(max).ToList();
    }

    public async Task<int> DeleteAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = 0;
        foreach (var chunk in ids.Chunk(IdsPerDelete))
        {
            deleted += await db.Outbox.Where(o => o.Type != OutboxBatch.Type && chunk.Contains(o.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        // Batch rows holding any of the ids lose exactly those events; a row left with none is deleted.
        var (low, high) = (ids.Min(), ids.Max());
        var batches = await db.Outbox.Where(o => o.Type == OutboxBatch.Type && o.Id >= low && o.FirstId <= high).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var set = ids.ToHashSet();
        foreach (var row in batches)
        {
            var removed = OutboxBatch.Remove(row, set);
            deleted += removed;
            if (row.EventCount == 0)
            {
                db.Outbox.Remove(row);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return deleted;
    }

    public Task<IRelayLead?> TryLeadRelayAsync(CancellationToken cancellationToken = default) =>
        options.Provider == StorageProvider.Postgres
            ? PostgresRelayLead.TryTakeAsync(contexts, cancellationToken)
            : Task.FromResult<IRelayLead?>(SingleProcessRelayLead.Instance);
}

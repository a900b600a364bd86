using Microsoft.EntityFrameworkCore;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine;

/// <summary>Reads the outbox as single messages, whether a row holds one event or a commit's batch (<see cref="OutboxBatch"/>).</summary>
internal sealed class OutboxReader(IDbContextFactory<EngineDbContext> contexts) : IOutboxReader
{
    public async Task<IReadOnlyList<OutboxMessage>> ReadAsync(long afterId, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Every row holds at least one message, so max rows are always enough.
        var rows = await db.Outbox.AsNoTracking().Where(o => o.Id > afterId).OrderBy(o => o.Id).Take(max).ToListAsync(cancellationToken);
        return rows.SelectMany(OutboxBatch.Expand).Where(m => m.Id > afterId).Take(max).ToList();
    }

    public async Task<int> DeleteThroughAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await db.Outbox.Where(o => o.Id <= id).SumAsync(o => (int?)o.EventCount, cancellationToken) ?? 0;
        await db.Outbox.Where(o => o.Id <= id).ExecuteDeleteAsync(cancellationToken);

        // A batch row holding both relayed and later events keeps only the later ones.
        var next = await db.Outbox.Where(o => o.Id > id).OrderBy(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        if (next is { Type: OutboxBatch.Type } straddling && straddling.Id - straddling.EventCount < id)
        {
            deleted += OutboxBatch.TrimThrough(straddling, id);
            await db.SaveChangesAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return deleted;
    }
}

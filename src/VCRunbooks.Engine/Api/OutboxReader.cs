using Microsoft.EntityFrameworkCore;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine;

internal sealed class OutboxReader(IDbContextFactory<EngineDbContext> contexts) : IOutboxReader
{
    public async Task<IReadOnlyList<OutboxMessage>> ReadAsync(long afterId, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Outbox.AsNoTracking().Where(o => o.Id > afterId).OrderBy(o => o.Id).Take(max).ToListAsync(cancellationToken);
        return rows.Select(o => new OutboxMessage(o.Id, o.RunId, o.Type, o.Payload, DateTimeOffset.FromUnixTimeMilliseconds(o.CreatedAtMs))).ToList();
    }

    public async Task<int> DeleteThroughAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Outbox.Where(o => o.Id <= id).ExecuteDeleteAsync(cancellationToken);
    }
}

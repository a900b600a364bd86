using Microsoft.EntityFrameworkCore;
using VCRunbooks.Engine.Outbox;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine;

internal sealed class OutboxReader(IDbContextFactory<EngineDbContext> contexts, EngineOptions options) : IOutboxReader
{
    private const int IdsPerDelete = 500;

    public async Task<IReadOnlyList<OutboxMessage>> ReadAsync(long afterId, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Outbox.AsNoTracking().Where(o => o.Id > afterId).OrderBy(o => o.Id).Take(max).ToListAsync(cancellationToken);
        return rows.Select(o => new OutboxMessage(o.Id, o.RunId, o.Type, o.Payload, DateTimeOffset.FromUnixTimeMilliseconds(o.CreatedAtMs))).ToList();
    }

    public async Task<int> DeleteAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = 0;
        foreach (var chunk in ids.Chunk(IdsPerDelete))
        {
            deleted += await db.Outbox.Where(o => chunk.Contains(o.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        return deleted;
    }

    public Task<IRelayLead?> TryLeadRelayAsync(CancellationToken cancellationToken = default) =>
        options.Provider == StorageProvider.Postgres
            ? PostgresRelayLead.TryTakeAsync(contexts, cancellationToken)
            : Task.FromResult<IRelayLead?>(SingleProcessRelayLead.Instance);
}

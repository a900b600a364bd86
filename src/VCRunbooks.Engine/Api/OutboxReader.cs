using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using VCRunbooks.Engine.Outbox;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine;

/// <summary>Reads the outbox as single messages, whether a row holds one event or a commit's batch (<see cref="OutboxBatch"/>).</summary>
internal sealed class OutboxReader(IDbContextFactory<EngineDbContext> contexts, StoreSessions sessions, EngineOptions options) : IOutboxReader
{
    private const int IdsPerDelete = 500;
    private const string Columns = "id, run_id, type, payload, created_at_ms, event_count, first_id";

    // Plain SQL on the run store's session: the relay reads as soon as the server starts and after every run's
    // commit, and LINQ here would build EF's model (before ready, or in the middle of the first run).
    public async Task<IReadOnlyList<OutboxMessage>> ReadAsync(long afterId, int max, CancellationToken cancellationToken = default)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        // Every row holds at least one message, so max rows are always enough; a batch row's id is its highest.
        var rows = await session.QueryAsync($"SELECT {Columns} FROM outbox WHERE id > @p0 ORDER BY id LIMIT @p1", [afterId, max], Read, cancellationToken);
        return rows.SelectMany(OutboxBatch.Expand).Where(m => m.Id > afterId).Take(max).ToList();
    }

    public async Task<int> DeleteAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        await using var session = await sessions.OpenAsync(cancellationToken);
        await session.BeginAsync(cancellationToken);
        var deleted = 0;
        foreach (var chunk in ids.Chunk(IdsPerDelete))
        {
            var inList = string.Join(", ", chunk.Select((_, i) => SqlBatch.ParameterName(i + 1)));
            deleted += await session.ExecuteAsync($"DELETE FROM outbox WHERE type <> @p0 AND id IN ({inList})", [OutboxBatch.Type, .. chunk.Select(id => (object?)id)], cancellationToken);
        }

        // Batch rows holding any of the ids lose exactly those events; a row left with none is deleted.
        var (low, high) = (ids.Min(), ids.Max());
        var batches = await session.QueryAsync(
            $"SELECT {Columns} FROM outbox WHERE type = @p0 AND id >= @p1 AND first_id <= @p2 ORDER BY id", [OutboxBatch.Type, low, high], Read, cancellationToken);
        var set = ids.ToHashSet();
        foreach (var row in batches)
        {
            var removed = OutboxBatch.Remove(row, set);
            if (removed == 0)
            {
                continue;
            }

            deleted += removed;
            _ = row.EventCount == 0
                ? await session.ExecuteAsync("DELETE FROM outbox WHERE id = @p0", [row.Id], cancellationToken)
                : await session.ExecuteAsync("UPDATE outbox SET payload = @p0, event_count = @p1, first_id = @p2 WHERE id = @p3", [row.Payload, row.EventCount, row.FirstId, row.Id], cancellationToken);
        }

        await session.CommitAsync(cancellationToken);
        return deleted;
    }

    private static OutboxRecord Read(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        RunId = reader.GetString(1),
        Type = reader.GetString(2),
        Payload = reader.GetString(3),
        CreatedAtMs = reader.GetInt64(4),
        EventCount = Convert.ToInt32(reader.GetValue(5)),
        FirstId = reader.IsDBNull(6) ? null : reader.GetInt64(6),
    };

    public Task<IRelayLead?> TryLeadRelayAsync(CancellationToken cancellationToken = default) =>
        options.Provider == StorageProvider.Postgres
            ? PostgresRelayLead.TryTakeAsync(contexts, cancellationToken)
            : Task.FromResult<IRelayLead?>(SingleProcessRelayLead.Instance);
}

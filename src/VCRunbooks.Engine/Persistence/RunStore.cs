using Microsoft.EntityFrameworkCore;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Persistence;

/// <summary>Reads runs with their fired signals and commits a pass: state, journal, outbox and bookmarks in one transaction.</summary>
internal sealed class RunStore(IDbContextFactory<EngineDbContext> contexts)
{
    public async Task<LoadedRun?> LoadAsync(string runId, long nowMs, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Runs.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var fired = await db.Bookmarks.AsNoTracking()
            .Where(b => b.RunId == runId && (b.Triggered || (b.DueAtMs != null && b.DueAtMs <= nowMs)))
            .OrderBy(b => b.DueAtMs).ThenBy(b => b.CreatedAtMs)
            .ToListAsync(cancellationToken);
        return new LoadedRun(record, fired);
    }

    public async Task CommitAsync(RunSession session, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = session.Record;
        var state = RunStateJson.Serialize(session.State);
        var status = session.Status.ToString();
        var error = session.State.Fault?.Message;
        var revision = record.Revision;
        var now = session.NowMs;
        var updated = await db.Runs
            .Where(r => r.Id == record.Id && r.Revision == revision)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.State, state)
                    .SetProperty(r => r.Status, status)
                    .SetProperty(r => r.Error, error)
                    .SetProperty(r => r.UpdatedAtMs, now)
                    .SetProperty(r => r.Revision, revision + 1),
                cancellationToken);
        if (updated == 0)
        {
            throw new RunConflictException(record.Id);
        }

        if (session.DeletedBookmarks.Count > 0)
        {
            var ids = session.DeletedBookmarks.ToList();
            await db.Bookmarks.Where(b => ids.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        if (session.Status is RunStatus.Completed or RunStatus.Faulted or RunStatus.Cancelled)
        {
            // Signals that arrived for a finished run have nothing left to wake.
            await db.Bookmarks.Where(b => b.RunId == record.Id).ExecuteDeleteAsync(cancellationToken);
        }

        if (session.ParentNotification is { } notification && record.ParentRunId is { } parent)
        {
            var payload = notification.ToJsonString();
            var childId = record.Id;
            await db.Bookmarks
                .Where(b => b.RunId == parent && b.Name == RunSession.ChildRunBookmark && b.CorrelationKey == childId)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Triggered, true).SetProperty(b => b.Payload, payload), cancellationToken);
        }

        foreach (var child in session.CancelChildren.Distinct())
        {
            db.Bookmarks.Add(CancelSignal(child, now));
        }

        db.Runs.AddRange(session.NewChildRuns);
        db.Bookmarks.AddRange(session.NewBookmarks);
        db.Journal.AddRange(session.Journal);
        db.Outbox.AddRange(session.Outbox);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        session.Committed();
    }

    internal static BookmarkRecord CancelSignal(string runId, long nowMs) => new()
    {
        Id = $"{runId}:cancel:{Guid.NewGuid():N}",
        RunId = runId,
        Kind = BookmarkKinds.Cancel,
        Name = BookmarkKinds.Cancel,
        Triggered = true,
        CreatedAtMs = nowMs,
    };
}

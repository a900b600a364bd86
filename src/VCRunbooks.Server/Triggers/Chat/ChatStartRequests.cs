using System.Data.Common;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>
/// The acknowledged chat starts: the primary key lets one insert of a command through, and a conditional update lets
/// one node take it at a time. On SQLite they have a file of their own (<see cref="ChatStartRequestsFile"/>), so the
/// acknowledgement never waits behind the engine's writes; on PostgreSQL they are in the server's database
/// (<see cref="ChatStartRequestsInDatabase"/>), which every node shares. Both run the same SQL.
/// </summary>
internal abstract class ChatStartRequests(TimeProvider time)
{
    /// <summary>The table's columns, in its order.</summary>
    internal const string Columns =
        "id, trigger_id, runbook, inputs, shown, workspace, user_id, user_name, channel, response_url, status, run_id, reason, attempts, taken_by, taken_until_ms, created_at_ms, updated_at_ms";

    /// <summary>Rows deleted at most per statement when old requests are cleaned up, so a cleanup never holds the writer long.</summary>
    public const int CleanupBatch = 1000;

    /// <summary>Records the request; false when a request with its id was recorded before (a redelivery).</summary>
    public async Task<bool> TryAddAsync(ChatStartRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return await ExecuteAsync(
            $"INSERT INTO trigger_start_requests ({Columns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, NULL, NULL, 0, NULL, NULL, @p11, @p11) ON CONFLICT DO NOTHING",
            [request.Id, request.TriggerId, request.Runbook, request.Inputs, request.Shown, request.Workspace, request.UserId, request.UserName,
                request.Channel, request.ResponseUrl, ChatStartStatus.Pending, now], cancellationToken) == 1;
    }

    public async Task<ChatStartRequest?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Columns} FROM trigger_start_requests WHERE id = @p0", [id], cancellationToken)).FirstOrDefault();

    /// <summary>The latest requests, newest first; of one status when given.</summary>
    public Task<List<ChatStartRequest>> ListAsync(string? status, int take, CancellationToken cancellationToken) => status is null
        ? QueryAsync($"SELECT {Columns} FROM trigger_start_requests ORDER BY created_at_ms DESC, id LIMIT @p0", [take], cancellationToken)
        : QueryAsync($"SELECT {Columns} FROM trigger_start_requests WHERE status = @p0 ORDER BY created_at_ms DESC, id LIMIT @p1", [status, take], cancellationToken);

    /// <summary>Pending requests no node holds now, oldest first.</summary>
    public Task<List<ChatStartRequest>> DueAsync(int take, CancellationToken cancellationToken) => QueryAsync(
        $"SELECT {Columns} FROM trigger_start_requests WHERE status = @p0 AND (taken_until_ms IS NULL OR taken_until_ms <= @p1) ORDER BY created_at_ms, id LIMIT @p2",
        [ChatStartStatus.Pending, time.GetUtcNow().ToUnixTimeMilliseconds(), take], cancellationToken);

    /// <summary>True for the one node that now holds the request, for <paramref name="lease"/>; counts an attempt.</summary>
    public async Task<bool> TryTakeAsync(string id, string node, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return await ExecuteAsync(
            "UPDATE trigger_start_requests SET taken_by = @p1, taken_until_ms = @p2, attempts = attempts + 1, updated_at_ms = @p3 " +
            "WHERE id = @p0 AND status = @p4 AND (taken_until_ms IS NULL OR taken_until_ms <= @p3)",
            [id, node, now + (long)lease.TotalMilliseconds, now, ChatStartStatus.Pending], cancellationToken) == 1;
    }

    /// <summary>What came of it: started (with the run), waiting or failed (with the reason).</summary>
    public Task FinishAsync(string id, string status, string? runId, string? reason, CancellationToken cancellationToken) => ExecuteAsync(
        "UPDATE trigger_start_requests SET status = @p1, run_id = @p2, reason = @p3, taken_until_ms = NULL, updated_at_ms = @p4 WHERE id = @p0",
        [id, status, runId, reason, time.GetUtcNow().ToUnixTimeMilliseconds()], cancellationToken);

    /// <summary>Notes why the last attempt did not get through; the request stays pending for the next.</summary>
    public Task NoteAttemptAsync(string id, string reason, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE trigger_start_requests SET reason = @p1 WHERE id = @p0 AND status = @p2", [id, reason, ChatStartStatus.Pending], cancellationToken);

    /// <summary>
    /// Deletes started and failed requests last changed before <paramref name="before"/>; pending and waiting ones stay
    /// whatever their age. The number deleted.
    /// </summary>
    public async Task<int> DeleteFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var deleted = 0;
        int batch;
        do
        {
            batch = await ExecuteAsync(
                "DELETE FROM trigger_start_requests WHERE id IN (SELECT id FROM trigger_start_requests WHERE status IN (@p0, @p1) AND updated_at_ms < @p2 LIMIT @p3)",
                [ChatStartStatus.Started, ChatStartStatus.Failed, before.ToUnixTimeMilliseconds(), CleanupBatch], cancellationToken);
            deleted += batch;
        }
        while (batch == CleanupBatch);
        return deleted;
    }

    /// <summary>Runs a statement with parameters <c>@p0</c>, <c>@p1</c>, …; the rows it changed.</summary>
    protected abstract Task<int> ExecuteAsync(string sql, object?[] parameters, CancellationToken cancellationToken);

    /// <summary>Runs a query with parameters <c>@p0</c>, <c>@p1</c>, … over <see cref="Columns"/>.</summary>
    protected abstract Task<List<ChatStartRequest>> QueryAsync(string sql, object?[] parameters, CancellationToken cancellationToken);

    protected static string ParameterName(int index) => "@p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One row of <see cref="Columns"/>.</summary>
    protected static ChatStartRequest Read(DbDataReader row) => new()
    {
        Id = row.GetString(0), TriggerId = row.GetString(1), Runbook = row.GetString(2), Inputs = row.GetString(3), Shown = row.GetString(4),
        Workspace = row.GetString(5), UserId = row.GetString(6), UserName = row.GetString(7), Channel = Nullable(row, 8), ResponseUrl = Nullable(row, 9),
        Status = row.GetString(10), RunId = Nullable(row, 11), Reason = Nullable(row, 12), Attempts = row.GetInt32(13), TakenBy = Nullable(row, 14),
        TakenUntilMs = row.IsDBNull(15) ? null : row.GetInt64(15), CreatedAtMs = row.GetInt64(16), UpdatedAtMs = row.GetInt64(17),
    };

    private static string? Nullable(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}

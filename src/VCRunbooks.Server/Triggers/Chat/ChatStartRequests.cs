using Microsoft.EntityFrameworkCore;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>
/// The acknowledged chat starts, in the server's database (SQLite or PostgreSQL) beside the triggers' claims: the
/// primary key lets one insert of a command through, and a conditional update lets one node take it at a time.
/// </summary>
internal sealed class ChatStartRequests(IServiceScopeFactory scopes, ServerDatabase database, TimeProvider time)
{
    private const string Columns =
        "id AS \"Id\", trigger_id AS \"TriggerId\", runbook AS \"Runbook\", inputs AS \"Inputs\", shown AS \"Shown\", workspace AS \"Workspace\", " +
        "user_id AS \"UserId\", user_name AS \"UserName\", channel AS \"Channel\", response_url AS \"ResponseUrl\", status AS \"Status\", run_id AS \"RunId\", " +
        "reason AS \"Reason\", attempts AS \"Attempts\", taken_by AS \"TakenBy\", taken_until_ms AS \"TakenUntilMs\", created_at_ms AS \"CreatedAtMs\", updated_at_ms AS \"UpdatedAtMs\"";

    /// <summary>Records the request; false when a request with its id was recorded before (a redelivery).</summary>
    public async Task<bool> TryAddAsync(ChatStartRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        return await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO trigger_start_requests (id, trigger_id, runbook, inputs, shown, workspace, user_id, user_name, channel, response_url, status, run_id, reason, attempts, taken_by, taken_until_ms, created_at_ms, updated_at_ms) " +
            "VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, NULL, NULL, 0, NULL, NULL, {11}, {11}) ON CONFLICT DO NOTHING",
            [request.Id, request.TriggerId, request.Runbook, request.Inputs, request.Shown, request.Workspace, request.UserId, request.UserName,
                request.Channel!, request.ResponseUrl!, ChatStartStatus.Pending, now], cancellationToken) == 1;
    }

    public async Task<ChatStartRequest?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        var rows = await db.Database.SqlQueryRaw<ChatStartRequest>($"SELECT {Columns} FROM trigger_start_requests WHERE id = {{0}}", id).ToListAsync(cancellationToken);
        return rows.FirstOrDefault();
    }

    /// <summary>The latest requests, newest first; of one status when given.</summary>
    public async Task<IReadOnlyList<ChatStartRequest>> ListAsync(string? status, int take, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        var query = status is null
            ? db.Database.SqlQueryRaw<ChatStartRequest>($"SELECT {Columns} FROM trigger_start_requests ORDER BY created_at_ms DESC, id LIMIT {{0}}", take)
            : db.Database.SqlQueryRaw<ChatStartRequest>($"SELECT {Columns} FROM trigger_start_requests WHERE status = {{0}} ORDER BY created_at_ms DESC, id LIMIT {{1}}", status, take);
        return await query.ToListAsync(cancellationToken);
    }

    /// <summary>Pending requests no node holds now, oldest first.</summary>
    /// <remarks>Plain SQL: every node polls this from its start, and an EF query would build the model before ready.</remarks>
    public async Task<IReadOnlyList<ChatStartRequest>> DueAsync(int take, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return await PlainSql.ListAsync(database,
            $"SELECT {Columns} FROM trigger_start_requests WHERE status = @status AND (taken_until_ms IS NULL OR taken_until_ms <= @now) ORDER BY created_at_ms, id LIMIT @take",
            Read, cancellationToken, ("@status", ChatStartStatus.Pending), ("@now", now), ("@take", take));
    }

    /// <summary>A row of <see cref="Columns"/>, in their order.</summary>
    private static ChatStartRequest Read(System.Data.Common.DbDataReader r) => new()
    {
        Id = r.GetString(0),
        TriggerId = r.GetString(1),
        Runbook = r.GetString(2),
        Inputs = r.GetString(3),
        Shown = r.GetString(4),
        Workspace = r.GetString(5),
        UserId = r.GetString(6),
        UserName = r.GetString(7),
        Channel = r.NullableString(8),
        ResponseUrl = r.NullableString(9),
        Status = r.GetString(10),
        RunId = r.NullableString(11),
        Reason = r.NullableString(12),
        Attempts = Convert.ToInt32(r.GetValue(13), System.Globalization.CultureInfo.InvariantCulture),
        TakenBy = r.NullableString(14),
        TakenUntilMs = r.IsDBNull(15) ? null : Convert.ToInt64(r.GetValue(15), System.Globalization.CultureInfo.InvariantCulture),
        CreatedAtMs = Convert.ToInt64(r.GetValue(16), System.Globalization.CultureInfo.InvariantCulture),
        UpdatedAtMs = Convert.ToInt64(r.GetValue(17), System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>True for the one node that now holds the request, for <paramref name="lease"/>; counts an attempt.</summary>
    public async Task<bool> TryTakeAsync(string id, string node, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        return await db.Database.ExecuteSqlRawAsync(
            "UPDATE trigger_start_requests SET taken_by = {1}, taken_until_ms = {2}, attempts = attempts + 1, updated_at_ms = {3} " +
            "WHERE id = {0} AND status = {4} AND (taken_until_ms IS NULL OR taken_until_ms <= {3})",
            [id, node, now + (long)lease.TotalMilliseconds, now, ChatStartStatus.Pending], cancellationToken) == 1;
    }

    /// <summary>What came of it: started (with the run), waiting or failed (with the reason).</summary>
    public async Task FinishAsync(string id, string status, string? runId, string? reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE trigger_start_requests SET status = {1}, run_id = {2}, reason = {3}, taken_until_ms = NULL, updated_at_ms = {4} WHERE id = {0}",
            [id, status, runId!, reason!, now], cancellationToken);
    }

    /// <summary>Notes why the last attempt did not get through; the request stays pending for the next.</summary>
    public async Task NoteAttemptAsync(string id, string reason, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        await db.Database.ExecuteSqlRawAsync("UPDATE trigger_start_requests SET reason = {1} WHERE id = {0} AND status = {2}", [id, reason, ChatStartStatus.Pending], cancellationToken);
    }
}

using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Triggers.Storage;

/// <summary>
/// Claims that hold across nodes: the first to insert (scope, key) owns it, because the primary key lets only one
/// insert through, on SQLite and PostgreSQL alike. A webhook delivery, a schedule tick and a question post each
/// happen once this way.
/// </summary>
/// <remarks>Plain SQL on a connection of its own (<see cref="ServerDatabase"/>): the schedule runner asks at every start, and
/// going through the EF context would build its model before the server is ready.</remarks>
internal sealed class TriggerClaims(ServerDatabase database, TimeProvider time)
{
    public sealed record Claim(long ClaimedAtMs, string? RunId, string? Detail);

    /// <summary>True when this caller now owns the claim; false when someone already did.</summary>
    public async Task<bool> TryClaimAsync(string scope, string key, string? detail, CancellationToken cancellationToken)
    {
        var rows = await PlainSql.ExecuteAsync(database,
            "INSERT INTO trigger_claims (scope, claim_key, claimed_at_ms, run_id, detail) VALUES (@scope, @key, @now, NULL, @detail) ON CONFLICT DO NOTHING",
            cancellationToken, ("@scope", scope), ("@key", key), ("@now", time.GetUtcNow().ToUnixTimeMilliseconds()), ("@detail", detail));
        return rows == 1;
    }

    public async Task<Claim?> FindAsync(string scope, string key, CancellationToken cancellationToken)
    {
        var rows = await PlainSql.ListAsync(database,
            "SELECT claimed_at_ms, run_id, detail FROM trigger_claims WHERE scope = @scope AND claim_key = @key",
            r => new Claim(r.GetInt64(0), r.NullableString(1), r.NullableString(2)), cancellationToken, ("@scope", scope), ("@key", key));
        return rows is [var row] ? row : null;
    }

    /// <summary>Records what the owner did with its claim: the run it started, or why it started none.</summary>
    public Task CompleteAsync(string scope, string key, string? runId, string? detail, CancellationToken cancellationToken) =>
        PlainSql.ExecuteAsync(database, "UPDATE trigger_claims SET run_id = @run, detail = @detail WHERE scope = @scope AND claim_key = @key",
            cancellationToken, ("@scope", scope), ("@key", key), ("@run", runId), ("@detail", detail));

    public Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken) =>
        PlainSql.ExecuteAsync(database, "DELETE FROM trigger_claims WHERE scope = @scope AND claim_key = @key", cancellationToken, ("@scope", scope), ("@key", key));

    /// <summary>Takes over a claim whose owner never completed it (it died in between), once it is older than <paramref name="stale"/>.</summary>
    public async Task<bool> TryTakeOverAsync(string scope, string key, long claimedAtMs, TimeSpan stale, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (now - claimedAtMs < stale.TotalMilliseconds)
        {
            return false;
        }
        return await PlainSql.ExecuteAsync(database,
            "UPDATE trigger_claims SET claimed_at_ms = @now WHERE scope = @scope AND claim_key = @key AND claimed_at_ms = @claimed AND run_id IS NULL",
            cancellationToken, ("@scope", scope), ("@key", key), ("@claimed", claimedAtMs), ("@now", now)) == 1;
    }

    /// <summary>The latest claims of a scope (schedule ticks), newest first.</summary>
    public async Task<IReadOnlyList<(string Key, Claim Claim)>> LatestAsync(string scope, int take, CancellationToken cancellationToken) =>
        await PlainSql.ListAsync(database,
            "SELECT claim_key, claimed_at_ms, run_id, detail FROM trigger_claims WHERE scope = @scope ORDER BY claim_key DESC LIMIT @take",
            r => (r.GetString(0), new Claim(r.GetInt64(1), r.NullableString(2), r.NullableString(3))), cancellationToken, ("@scope", scope), ("@take", take));
}

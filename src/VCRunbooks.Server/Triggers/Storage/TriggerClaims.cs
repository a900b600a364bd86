using Microsoft.EntityFrameworkCore;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Triggers.Storage;

/// <summary>
/// Claims that hold across nodes: the first to insert (scope, key) owns it, because the primary key lets only one
/// insert through, on SQLite and PostgreSQL alike. A webhook delivery, a schedule tick and a question post each
/// happen once this way.
/// </summary>
internal sealed class TriggerClaims(IServiceScopeFactory scopes, TimeProvider time)
{
    public sealed record Claim(long ClaimedAtMs, string? RunId, string? Detail);

    /// <summary>True when this caller now owns the claim; false when someone already did.</summary>
    public async Task<bool> TryClaimAsync(string scope, string key, string? detail, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        var rows = await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO trigger_claims (scope, claim_key, claimed_at_ms, run_id, detail) VALUES ({0}, {1}, {2}, NULL, {3}) ON CONFLICT DO NOTHING",
            [scope, key, time.GetUtcNow().ToUnixTimeMilliseconds(), detail!], cancellationToken);
        return rows == 1;
    }

    public async Task<Claim?> FindAsync(string scope, string key, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        var rows = await db.Database.SqlQueryRaw<ClaimRow>(
            "SELECT claimed_at_ms AS \"ClaimedAtMs\", run_id AS \"RunId\", detail AS \"Detail\" FROM trigger_claims WHERE scope = {0} AND claim_key = {1}",
            scope, key).ToListAsync(cancellationToken);
        return rows is [var row] ? new Claim(row.ClaimedAtMs, row.RunId, row.Detail) : null;
    }

    /// <summary>Records what the owner did with its claim: the run it started, or why it started none.</summary>
    public async Task CompleteAsync(string scope, string key, string? runId, string? detail, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE trigger_claims SET run_id = {2}, detail = {3} WHERE scope = {0} AND claim_key = {1}", [scope, key, runId!, detail!], cancellationToken);
    }

    public async Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM trigger_claims WHERE scope = {0} AND claim_key = {1}", [scope, key], cancellationToken);
    }

    /// <summary>Takes over a claim whose owner never completed it (it died in between), once it is older than <paramref name="stale"/>.</summary>
    public async Task<bool> TryTakeOverAsync(string scope, string key, long claimedAtMs, TimeSpan stale, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (now - claimedAtMs < stale.TotalMilliseconds)
        {
            return false;
        }
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        return await db.Database.ExecuteSqlRawAsync(
            "UPDATE trigger_claims SET claimed_at_ms = {3} WHERE scope = {0} AND claim_key = {1} AND claimed_at_ms = {2} AND run_id IS NULL",
            [scope, key, claimedAtMs, now], cancellationToken) == 1;
    }

    /// <summary>The latest claims of a scope (schedule ticks), newest first.</summary>
    public async Task<IReadOnlyList<(string Key, Claim Claim)>> LatestAsync(string scope, int take, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        var rows = await db.Database.SqlQueryRaw<KeyedClaimRow>(
            "SELECT claim_key AS \"Key\", claimed_at_ms AS \"ClaimedAtMs\", run_id AS \"RunId\", detail AS \"Detail\" FROM trigger_claims WHERE scope = {0} ORDER BY claim_key DESC LIMIT {1}",
            scope, take).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Key, new Claim(r.ClaimedAtMs, r.RunId, r.Detail))).ToList();
    }

    private class ClaimRow
    {
        public long ClaimedAtMs { get; set; }
        public string? RunId { get; set; }
        public string? Detail { get; set; }
    }

    private sealed class KeyedClaimRow : ClaimRow
    {
        public string Key { get; set; } = string.Empty;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Tests.Infrastructure;
using VCRunbooks.Engine.Timers;

namespace VCRunbooks.Engine.Tests.Leases;

/// <summary>Two nodes' timer pollers claiming the same due timers at the same moment, on PostgreSQL.</summary>
[RequiresPostgres]
public sealed class PostgresTimerClaimsTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [EngineFact]
    public async Task ClaimDue_TwoNodesAtOnce_EachDueTimerGoesToExactlyOneAndIsReclaimedAfterTheClaimExpires()
    {
        await using var storage = await EngineStorage.PostgresAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var nodeA = await StartNodeAsync(storage, time, "node-a");
        await using var nodeB = await StartNodeAsync(storage, time, "node-b");
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var runs = Enumerable.Range(0, 200).Select(i => $"run-{i}").ToList();
        await using (var db = await nodeA.Services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync())
        {
            db.Bookmarks.AddRange(runs.Select(run => new BookmarkRecord
            {
                Id = $"{run}:timer", RunId = run, Kind = BookmarkKinds.Timer, Name = "delay", DueAtMs = now - 1, CreatedAtMs = now - 1,
            }));
            db.Bookmarks.Add(new BookmarkRecord { Id = "later:timer", RunId = "later", Kind = BookmarkKinds.Timer, Name = "delay", DueAtMs = now + 60_000, CreatedAtMs = now });
            await db.SaveChangesAsync();
        }

        var a = nodeA.Services.GetRequiredService<PostgresTimerClaims>();
        var b = nodeB.Services.GetRequiredService<PostgresTimerClaims>();
        var claimed = await Task.WhenAll(
            Task.Run(() => a.ClaimDueAsync(now, 5000, CancellationToken.None)),
            Task.Run(() => b.ClaimDueAsync(now, 5000, CancellationToken.None)));

        Assert.Empty(claimed[0].Intersect(claimed[1]));
        Assert.Equal(runs.Order(StringComparer.Ordinal), claimed[0].Concat(claimed[1]).Order(StringComparer.Ordinal));
        Assert.Empty(await a.ClaimDueAsync(now + 1000, 5000, CancellationToken.None));
        var afterExpiry = now + (long)Lease.TotalMilliseconds + 1;
        Assert.Equal(runs.Count, (await b.ClaimDueAsync(afterExpiry, 5000, CancellationToken.None)).Count);
    }

    private static Task<TestEngine> StartNodeAsync(EngineStorage storage, FakeTimeProvider time, string node) => TestEngine.StartAsync(storage, time, o =>
    {
        o.NodeId = node;
        o.LeaseDuration = Lease;
        o.StartWorkers = false;
    });
}

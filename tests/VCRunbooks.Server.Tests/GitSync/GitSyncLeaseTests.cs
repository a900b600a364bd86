using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VCRunbooks.Server.GitSync;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.GitSync;

/// <summary>
/// A node that syncs keeps renewing its git sync lease on the server's clock, so a sync longer than the lease's ten
/// minutes is not joined by a second node; and a node whose lease was taken over learns it at its next renewal and stops.
/// </summary>
public sealed class GitSyncLeaseTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private TestServer _server = null!;

    private GitSyncLease Lease => _server.Services.GetRequiredService<GitSyncLease>();

    public async Task InitializeAsync() =>
        _server = await TestServer.StartAsync(customize: b => b.Services.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Hold_SyncLongerThanTheLease_NoOtherNodeTakesIt_AndAfterTheHoldEndsItRunsOutForThem()
    {
        var taken = await Lease.TryTakeAsync("long-sync", "node-a", CancellationToken.None);
        Assert.NotNull(taken);

        await using (var hold = Lease.Hold("long-sync", "node-a", taken.Value))
        {
            // Thirty minutes of syncing, three times the lease's length, in renewal steps.
            for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromMinutes(30); elapsed += GitSyncLease.RenewEvery)
            {
                _time.Advance(GitSyncLease.RenewEvery);
                await hold.LatestRenewal;
                Assert.Null(await Lease.TryTakeAsync("long-sync", "node-b", CancellationToken.None));
            }

            Assert.False(hold.Lost.IsCancellationRequested);
        }

        // No more renewals: the lease runs out one length after the last one, and then another node may take it.
        _time.Advance(GitSyncLease.Length - TimeSpan.FromSeconds(1));
        Assert.Null(await Lease.TryTakeAsync("long-sync", "node-b", CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.NotNull(await Lease.TryTakeAsync("long-sync", "node-b", CancellationToken.None));
    }

    [Fact]
    public async Task Hold_LeaseTakenOverAfterItRanOut_TheHolderLearnsItAtItsNextRenewal()
    {
        var taken = await Lease.TryTakeAsync("stalled", "node-a", CancellationToken.None);
        // node-a stalled and did not renew (a paused process, a database it could not reach): its lease ran out and
        // node-b took it. Then node-a's renewals start again.
        _time.Advance(GitSyncLease.Length);
        Assert.NotNull(await Lease.TryTakeAsync("stalled", "node-b", CancellationToken.None));

        await using var resumed = Lease.Hold("stalled", "node-a", taken!.Value);
        _time.Advance(GitSyncLease.RenewEvery);
        await resumed.LatestRenewal;

        Assert.True(resumed.Lost.IsCancellationRequested);
        Assert.Equal("node-b", (await Lease.FindAsync("stalled", CancellationToken.None))!.Holder);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VCRunbooks.Engine.Leases;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Leases;

/// <summary>
/// The run lease between two nodes on one database (a SQLite file here, with leases switched on; the two-process
/// PostgreSQL and RabbitMQ tests are in VCRunbooks.ScaleOut.Tests). Workers are off: the tests drive the leases.
/// </summary>
public sealed class RunLeasesTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly EngineStorage _storage = EngineStorage.Sqlite();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private TestEngine _nodeA = null!;
    private TestEngine _nodeB = null!;
    private string _runId = null!;

    private RunLeases A => _nodeA.Services.GetRequiredService<RunLeases>();
    private RunLeases B => _nodeB.Services.GetRequiredService<RunLeases>();

    public async Task InitializeAsync()
    {
        _nodeA = await StartNodeAsync("node-a");
        _nodeB = await StartNodeAsync("node-b");
        await _nodeA.PublishAsync(Def.New("one").Act("end", "End").Chain("start", "end").Build());
        _runId = (await _nodeA.Engine.StartRunAsync("one")).Id;
    }

    public async Task DisposeAsync()
    {
        await _nodeA.DisposeAsync();
        await _nodeB.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task TryAcquire_HeldByAnotherNode_ReturnsNullAndTheHolderPassesAgainBeforeReleasing()
    {
        var owner = await A.TryAcquireAsync(_runId, CancellationToken.None);
        Assert.NotNull(owner);

        Assert.Null(await B.TryAcquireAsync(_runId, CancellationToken.None));

        Assert.Equal(LeaseRelease.PassAgain, await A.ReleaseAsync(_runId, owner, CancellationToken.None));
        Assert.Equal(LeaseRelease.Released, await A.ReleaseAsync(_runId, owner, CancellationToken.None));
        Assert.NotNull(await B.TryAcquireAsync(_runId, CancellationToken.None));
    }

    [Fact]
    public async Task TryAcquire_TwiceOnOneNode_SecondIsRefused()
    {
        Assert.NotNull(await A.TryAcquireAsync(_runId, CancellationToken.None));

        Assert.Null(await A.TryAcquireAsync(_runId, CancellationToken.None));
    }

    [Fact]
    public async Task TryAcquire_HolderStoppedRenewing_AnotherNodeTakesOverAfterExpiryAndTheOldHolderHasLostIt()
    {
        var owner = await A.TryAcquireAsync(_runId, CancellationToken.None);
        _time.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Null(await B.TryAcquireAsync(_runId, CancellationToken.None));

        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.NotNull(await B.TryAcquireAsync(_runId, CancellationToken.None));
        Assert.Equal(LeaseRelease.Lost, await A.ReleaseAsync(_runId, owner!, CancellationToken.None));
    }

    [Fact]
    public async Task TryAcquire_RestartedNodeWithTheSameId_NeitherTakesNorRenewsItsPredecessorsLease()
    {
        Assert.NotNull(await A.TryAcquireAsync(_runId, CancellationToken.None));
        await using var restarted = await StartNodeAsync("node-a");
        var leases = restarted.Services.GetRequiredService<RunLeases>();

        Assert.Null(await leases.TryAcquireAsync(_runId, CancellationToken.None));
        Assert.Empty(await leases.RenewAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Renew_BeforeExpiry_KeepsTheLeaseFromOtherNodes()
    {
        var owner = await A.TryAcquireAsync(_runId, CancellationToken.None);
        _time.Advance(Lease * 2 / 3);

        var held = await A.RenewAsync(CancellationToken.None);
        _time.Advance(Lease * 2 / 3);

        Assert.Equal([owner!], held);
        Assert.Null(await B.TryAcquireAsync(_runId, CancellationToken.None));
    }

    [Fact]
    public async Task ClaimOrphans_RunningRunWhoseHolderDied_IsClaimedOnlyAfterTheLeaseExpired()
    {
        await A.TryAcquireAsync(_runId, CancellationToken.None);
        _time.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Empty(await B.ClaimOrphansAsync(10, CancellationToken.None));

        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal([_runId], await B.ClaimOrphansAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task ClaimOrphans_RunningRunNeverDispatched_IsClaimedOnceItIsOlderThanALease()
    {
        Assert.Empty(await B.ClaimOrphansAsync(10, CancellationToken.None));

        _time.Advance(Lease + TimeSpan.FromSeconds(1));

        Assert.Equal([_runId], await B.ClaimOrphansAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task ClaimOrphans_AlreadyClaimed_IsNotDispatchedAgainWithinALeaseButAnyPassMayTakeIt()
    {
        _time.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Equal([_runId], await B.ClaimOrphansAsync(10, CancellationToken.None));

        Assert.Empty(await A.ClaimOrphansAsync(10, CancellationToken.None));
        Assert.NotNull(await A.TryAcquireAsync(_runId, CancellationToken.None));
    }

    [Fact]
    public async Task ClaimOrphans_DispatchWaitedOnAHeldLease_IsClaimedWhenTheHolderDied()
    {
        await A.TryAcquireAsync(_runId, CancellationToken.None);
        Assert.Null(await B.TryAcquireAsync(_runId, CancellationToken.None));

        _time.Advance(Lease + TimeSpan.FromSeconds(1));

        Assert.Equal([_runId], await B.ClaimOrphansAsync(10, CancellationToken.None));
        Assert.NotNull(await B.TryAcquireAsync(_runId, CancellationToken.None));
    }

    private Task<TestEngine> StartNodeAsync(string node) => TestEngine.StartAsync(_storage, _time, o =>
    {
        o.RunLeases = true;
        o.NodeId = node;
        o.LeaseDuration = Lease;
        o.StartWorkers = false;
    });
}

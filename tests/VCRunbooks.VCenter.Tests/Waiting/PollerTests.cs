using Microsoft.Extensions.Logging.Abstractions;
using VCRunbooks.Simulator.Clock;
using VCRunbooks.Testing.Clock;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Resilience;
using VCRunbooks.VCenter.Client.Waiting;

namespace VCRunbooks.VCenter.Tests.Waiting;

public sealed class PollerTests
{
    private readonly SkippingClock _time = new(new VirtualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), factor: 0));

    [Fact]
    public async Task UntilAsync_Backoff_GrowsByFactorUpToMaximum()
    {
        var reads = 0;
        var policy = new WaitPolicy { Backoff = new Backoff { InitialDelay = TimeSpan.FromSeconds(1), Factor = 2, MaxDelay = TimeSpan.FromSeconds(5), Jitter = 0 } };

        var result = await Poller().UntilAsync("test", _ => Task.FromResult(++reads), r => r == 6, policy);

        Assert.Equal(6, result);
        Assert.Equal(new[] { 1, 2, 4, 5, 5 }.Select(s => TimeSpan.FromSeconds(s)), _time.Waits);
    }

    [Fact]
    public async Task UntilAsync_Jitter_KeepsEachDelayWithinItsShare()
    {
        var reads = 0;
        var policy = new WaitPolicy { Backoff = new Backoff { InitialDelay = TimeSpan.FromSeconds(10), Factor = 1, MaxDelay = TimeSpan.FromSeconds(10), Jitter = 0.5 } };

        await Poller().UntilAsync("test", _ => Task.FromResult(++reads), r => r == 50, policy);

        Assert.All(_time.Waits, d => Assert.InRange(d.TotalSeconds, 5, 15));
        Assert.True(_time.Waits.Distinct().Count() > 1, "jitter must vary the delays");
    }

    [Fact]
    public async Task UntilAsync_TransientReadFailures_AreToleratedUntilTerminal()
    {
        var reads = 0;
        var result = await Poller().UntilAsync("test", _ => ++reads <= 2
            ? throw new VCenterConnectionException("refused", null, timedOut: false)
            : Task.FromResult("done"), r => r == "done", Fast());

        Assert.Equal("done", result);
        Assert.Equal(3, reads);
    }

    [Fact]
    public async Task UntilAsync_PermanentReadFailure_PropagatesImmediately()
    {
        var reads = 0;
        await Assert.ThrowsAsync<VCenterException>(() => Poller().UntilAsync<string>("test", _ =>
        {
            reads++;
            throw new VCenterException("not found", VCRunbooks.VCenter.Errors.ErrorType.NotFound, System.Net.HttpStatusCode.NotFound, [], isTransient: false);
        }, _ => true, Fast()));

        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task UntilAsync_NeverTerminal_TimesOutOnTheTimeProvider()
    {
        var ex = await Assert.ThrowsAsync<VCenterWaitTimeoutException>(() =>
            Poller().UntilAsync("test", _ => Task.FromResult("running"), _ => false, Fast() with { Timeout = TimeSpan.FromMinutes(1) }));

        Assert.Equal("running", ex.LastState);
        Assert.Equal(TimeSpan.FromMinutes(1), _time.Waits.Aggregate(TimeSpan.Zero, (a, b) => a + b));
    }

    [Fact]
    public async Task UntilAsync_ProgressKey_ReportsOnlyWhenTheKeyChanges()
    {
        var states = new[] { 0, 0, 10, 10, 10, 50, 100 };
        var reads = 0;
        var reports = new Infrastructure.ListProgress<int>();

        await Poller().UntilAsync("test", _ => Task.FromResult(states[reads++]), s => s == 100, Fast(), s => s, reports);

        Assert.Equal([0, 10, 50, 100], reports.Items);
    }

    [Fact]
    public async Task UntilAsync_NegativeFactor_ThrowsNamingPolicy()
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Poller().UntilAsync("test", _ => Task.FromResult(1), _ => true, new WaitPolicy { Backoff = new Backoff { Factor = 0.5 } }));

        Assert.Equal("policy", ex.ParamName);
    }

    private static WaitPolicy Fast() => new() { Backoff = new Backoff { InitialDelay = TimeSpan.FromSeconds(1), Factor = 1, MaxDelay = TimeSpan.FromSeconds(1), Jitter = 0 } };

    private Poller Poller() => new(_time, NullLogger.Instance);
}

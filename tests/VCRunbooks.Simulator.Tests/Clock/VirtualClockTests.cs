using Microsoft.Extensions.Time.Testing;
using VCRunbooks.Simulator.Clock;

namespace VCRunbooks.Simulator.Tests.Clock;

public sealed class VirtualClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Delay_StoppedClock_CompletesOnlyWhenAdvancedPastItsDueTime()
    {
        using var clock = new VirtualClock(Start, factor: 0);

        var delay = Task.Delay(TimeSpan.FromMinutes(5), clock);
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.False(delay.IsCompleted);

        clock.Advance(TimeSpan.FromMinutes(1));
        await delay.WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System);
        Assert.Equal(Start.AddMinutes(5), clock.GetUtcNow());
    }

    [Fact]
    public void Advance_PastSeveralTimers_FiresThemInDueOrderEachAtItsOwnTime()
    {
        using var clock = new VirtualClock(Start, factor: 0);
        var fired = new List<(string Name, DateTimeOffset At)>();
        using var late = clock.CreateTimer(_ => fired.Add(("late", clock.GetUtcNow())), null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(("early", clock.GetUtcNow())), null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal([("early", Start.AddSeconds(10)), ("late", Start.AddSeconds(30))], fired);
        Assert.Equal(Start.AddMinutes(1), clock.GetUtcNow());
    }

    [Fact]
    public void Advance_PeriodicTimer_FiresOncePerPeriodPassed()
    {
        using var clock = new VirtualClock(Start, factor: 0);
        var ticks = 0;
        using var timer = clock.CreateTimer(_ => ticks++, null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));

        clock.Advance(TimeSpan.FromSeconds(35));

        Assert.Equal(3, ticks);
    }

    [Fact]
    public void Timer_ChangedToInfiniteOrDisposed_DoesNotFire()
    {
        using var clock = new VirtualClock(Start, factor: 0);
        var fired = 0;
        var stopped = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        var disposed = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);

        stopped.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        disposed.Dispose();
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, fired);
        Assert.False(disposed.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        stopped.Dispose();
    }

    [Fact]
    public void Timer_ZeroDueTime_FiresAtOnce()
    {
        using var clock = new VirtualClock(Start, factor: 0);
        var fired = 0;

        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        Assert.Equal(1, fired);
    }

    [Fact]
    public void Timer_FlowingClock_FiresWhenRealTimeScaledByTheFactorReachesIt()
    {
        var real = new FakeTimeProvider(Start);
        using var clock = new VirtualClock(Start, factor: 60, real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(10), Timeout.InfiniteTimeSpan);

        real.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, fired);

        real.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, fired);
        Assert.Equal(Start.AddMinutes(10), clock.GetUtcNow());
    }

    [Fact]
    public void Timer_FactorChangedWhileWaiting_FollowsTheNewRate()
    {
        var real = new FakeTimeProvider(Start);
        using var clock = new VirtualClock(Start, factor: 0, real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(10), Timeout.InfiniteTimeSpan);

        real.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, fired);

        clock.Factor = 120;
        real.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, fired);
    }

    [Fact]
    public void ElapsedTime_IsMeasuredInSimulatedTime()
    {
        using var clock = new VirtualClock(Start, factor: 0);
        var before = clock.GetTimestamp();

        clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(TimeSpan.FromHours(2), clock.GetElapsedTime(before));
    }
}

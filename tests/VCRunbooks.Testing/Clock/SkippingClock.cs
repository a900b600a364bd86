using VCRunbooks.Simulator.Clock;

namespace VCRunbooks.Testing.Clock;

/// <summary>
/// A view of a stopped <see cref="VirtualClock"/> on which waiting takes no time: a timer set to fire in d moves the
/// clock on by d at once (firing every other timer it passes). Give it to a vCenter client so its polls and
/// retries run through simulated time while the engine and the simulator read the same clock.
/// </summary>
public sealed class SkippingClock(VirtualClock clock) : TimeProvider
{
    private readonly List<TimeSpan> _waits = [];

    /// <summary>The clock this view reads and moves.</summary>
    public VirtualClock Clock { get; } = clock;

    /// <summary>Every wait asked for, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get { lock (_waits) { return [.. _waits]; } }
    }

    public override DateTimeOffset GetUtcNow() => Clock.GetUtcNow();

    public override long GetTimestamp() => Clock.GetTimestamp();

    public override long TimestampFrequency => Clock.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new SkippingTimer(this, Clock.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        timer.Change(dueTime, period);
        return timer;
    }

    private void Skip(TimeSpan wait)
    {
        // A zero wait has fired already; an infinite one waits for a Change.
        if (wait == Timeout.InfiniteTimeSpan || wait == TimeSpan.Zero)
        {
            return;
        }
        lock (_waits)
        {
            _waits.Add(wait);
        }
        Clock.Advance(wait);
    }

    private sealed class SkippingTimer(SkippingClock owner, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (!inner.Change(dueTime, period))
            {
                return false;
            }
            owner.Skip(dueTime);
            return true;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}

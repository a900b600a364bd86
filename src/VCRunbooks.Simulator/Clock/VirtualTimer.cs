namespace VCRunbooks.Simulator.Clock;

/// <summary>A timer of a <see cref="VirtualClock"/>; the clock decides when it is due and fires it.</summary>
internal sealed class VirtualTimer(VirtualClock clock, TimerCallback callback, object? state) : ITimer
{
    private bool _disposed;

    /// <summary>When it fires next, in simulated time; null while stopped. Guarded by the clock.</summary>
    public DateTimeOffset? Due { get; set; }

    public TimeSpan Period { get; set; } = Timeout.InfiniteTimeSpan;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        ValidateSpan(dueTime, nameof(dueTime));
        ValidateSpan(period, nameof(period));
        if (Volatile.Read(ref _disposed))
        {
            return false;
        }
        clock.Schedule(this, dueTime, period);
        return true;
    }

    public void Fire()
    {
        if (!Volatile.Read(ref _disposed))
        {
            callback(state);
        }
    }

    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        clock.Remove(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static void ValidateSpan(TimeSpan span, string name)
    {
        if (span != Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(span, TimeSpan.Zero, name);
        }
    }
}

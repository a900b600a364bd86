namespace VCRunbooks.Simulator.Clock;

/// <summary>
/// Simulated time: runs <see cref="Factor"/> times faster than real time and can be stepped. Its timers fire when
/// simulated time passes their due time, whether it flows or is stepped, so one clock can drive the simulator, the
/// engine and the vCenter client. A factor of 0 stops it, so tests move time only with <see cref="Advance"/>.
/// </summary>
/// <remarks>
/// <see cref="Hosting.SimulatorServiceCollectionExtensions.AddVCenterSimulator"/> creates one per simulator from
/// <see cref="SimulatorOptions.ClockStart"/> and <see cref="SimulatorOptions.ClockFactor"/> (60 by default: a 45-minute
/// job takes 45 real seconds). Every appliance reads its time from it, and appliances advance their jobs to it on each
/// request. The control API reads and moves it: <c>GET /simulator/clock</c>, and <c>POST /simulator/clock</c> with
/// <c>{"advanceSeconds": 600}</c> or <c>{"factor": 0}</c>.
/// </remarks>
public sealed class VirtualClock : TimeProvider, IDisposable
{
    private readonly TimeProvider _real;
    private readonly Lock _sync = new();
    private readonly List<VirtualTimer> _timers = [];
    private readonly ITimer _alarm;
    private DateTimeOffset _virtualAnchor;
    private DateTimeOffset _realAnchor;
    private double _factor;

    /// <summary>Starts simulated time at <paramref name="start"/>, flowing <paramref name="factor"/> times as fast as <paramref name="real"/>.</summary>
    /// <param name="start">The simulated time now.</param>
    /// <param name="factor">Simulated seconds per real second; 0 stops the clock.</param>
    /// <param name="real">The real clock time flows from; the system clock when null (a FakeTimeProvider in tests).</param>
    public VirtualClock(DateTimeOffset start, double factor, TimeProvider? real = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(factor);
        _real = real ?? System;
        _virtualAnchor = start;
        _realAnchor = _real.GetUtcNow();
        _factor = factor;
        // While time flows, one real timer wakes the clock at its earliest due timer.
        _alarm = _real.CreateTimer(static clock => ((VirtualClock)clock!).OnAlarm(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>How many simulated seconds pass per real second.</summary>
    public double Factor
    {
        get { lock (_sync) { return _factor; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            lock (_sync)
            {
                Rebase();
                _factor = value;
                ScheduleAlarm();
            }
        }
    }

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow()
    {
        lock (_sync)
        {
            return Now();
        }
    }

    /// <summary>Simulated time in ticks, so elapsed-time measurements agree with <see cref="GetUtcNow"/>.</summary>
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <inheritdoc/>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>A timer that fires when simulated time reaches its due time (at once for a zero due time).</summary>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>
    /// Moves simulated time forward by <paramref name="delta"/>, firing the timers it passes in due order (each sees
    /// its own due time as now) before returning.
    /// </summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_sync)
        {
            target = Now() + delta;
        }
        FireDue(target);
        lock (_sync)
        {
            MoveTo(target);
            ScheduleAlarm();
        }
    }

    /// <summary>Stops the real timer that wakes the clock; the virtual timers no longer fire while time flows.</summary>
    public void Dispose() => _alarm.Dispose();

    internal void Schedule(VirtualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_sync)
        {
            timer.Period = period;
            timer.Due = dueTime == Timeout.InfiniteTimeSpan ? null : Now() + dueTime;
            if (timer.Due is null)
            {
                _timers.Remove(timer);
            }
            else if (!_timers.Contains(timer))
            {
                _timers.Add(timer);
            }
            ScheduleAlarm();
        }
        if (dueTime == TimeSpan.Zero)
        {
            FireDue(GetUtcNow());
        }
    }

    internal void Remove(VirtualTimer timer)
    {
        lock (_sync)
        {
            _timers.Remove(timer);
        }
    }

    /// <summary>Fires, earliest first, every timer due by <paramref name="until"/>; a periodic one may fire several times.</summary>
    private void FireDue(DateTimeOffset until)
    {
        while (true)
        {
            VirtualTimer? next = null;
            lock (_sync)
            {
                foreach (var timer in _timers)
                {
                    if (timer.Due <= until && (next is null || timer.Due < next.Due))
                    {
                        next = timer;
                    }
                }
                if (next is null)
                {
                    return;
                }
                MoveTo(next.Due!.Value);
                var periodic = next.Period != Timeout.InfiniteTimeSpan && next.Period > TimeSpan.Zero;
                next.Due = periodic ? next.Due + next.Period : null;
                if (!periodic)
                {
                    _timers.Remove(next);
                }
            }
            next.Fire();
        }
    }

    private void OnAlarm()
    {
        FireDue(GetUtcNow());
        lock (_sync)
        {
            ScheduleAlarm();
        }
    }

    /// <summary>Sets the real alarm to the earliest due timer; none while time stands still.</summary>
    private void ScheduleAlarm()
    {
        DateTimeOffset? earliest = null;
        foreach (var timer in _timers)
        {
            if (earliest is null || timer.Due < earliest)
            {
                earliest = timer.Due;
            }
        }
        if (earliest is null || _factor == 0)
        {
            _alarm.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }
        var virtualWait = earliest.Value - Now();
        var realWait = virtualWait <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks((long)Math.Ceiling(virtualWait.Ticks / _factor));
        _alarm.Change(realWait, Timeout.InfiniteTimeSpan);
    }

    private DateTimeOffset Now() =>
        _virtualAnchor + TimeSpan.FromTicks((long)((_real.GetUtcNow() - _realAnchor).Ticks * _factor));

    /// <summary>Moves simulated time to <paramref name="instant"/> unless it is already past it.</summary>
    private void MoveTo(DateTimeOffset instant)
    {
        Rebase();
        if (instant > _virtualAnchor)
        {
            _virtualAnchor = instant;
        }
    }

    private void Rebase()
    {
        var now = _real.GetUtcNow();
        _virtualAnchor += TimeSpan.FromTicks((long)((now - _realAnchor).Ticks * _factor));
        _realAnchor = now;
    }
}

namespace VCRunbooks.Simulator.Clock;

/// <summary>
/// Simulated time: runs <see cref="Factor"/> times faster than real time and can be stepped.
/// A factor of 0 stops it, so tests move time only with <see cref="Advance"/>.
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly Lock _sync = new();
    private DateTimeOffset _virtualAnchor;
    private DateTimeOffset _realAnchor;
    private double _factor;

    public VirtualClock(DateTimeOffset start, double factor, TimeProvider? real = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(factor);
        _real = real ?? System;
        _virtualAnchor = start;
        _realAnchor = _real.GetUtcNow();
        _factor = factor;
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
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_sync)
        {
            var realElapsed = _real.GetUtcNow() - _realAnchor;
            return _virtualAnchor + TimeSpan.FromTicks((long)(realElapsed.Ticks * _factor));
        }
    }

    /// <summary>Moves simulated time forward by <paramref name="delta"/>.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        lock (_sync)
        {
            Rebase();
            _virtualAnchor += delta;
        }
    }

    private void Rebase()
    {
        var now = _real.GetUtcNow();
        _virtualAnchor += TimeSpan.FromTicks((long)((now - _realAnchor).Ticks * _factor));
        _realAnchor = now;
    }
}

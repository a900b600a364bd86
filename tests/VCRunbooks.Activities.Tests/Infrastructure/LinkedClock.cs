using Microsoft.Extensions.Time.Testing;
using VCRunbooks.Simulator.Clock;

namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>
/// One notion of "now" for engine and simulator. The engine runs on a FakeTimeProvider (its timers fire when time
/// moves, which the simulator's VirtualClock does not offer); both start at the same instant and only move together
/// here, so durable timers, job progress and session idle timeouts all see the same time.
/// </summary>
public sealed class LinkedClock
{
    private readonly Lock gate = new();

    public LinkedClock(VirtualClock simulator)
    {
        Simulator = simulator;
        Engine = new FakeTimeProvider(simulator.GetUtcNow());
    }

    public VirtualClock Simulator { get; }
    public FakeTimeProvider Engine { get; }

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            Simulator.Advance(by);
            Engine.Advance(by);
        }
    }
}

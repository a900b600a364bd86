using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace VCRunbooks.Server.Benchmarks;

/// <summary>
/// Counts the outbox relay's <c>vcrunbooks.events.published</c> measurements: an event counts once the bus took it
/// (for RabbitMQ, once the broker confirmed it). Live SSE streams do not wait for it: they are fed from the engine's
/// commits.
/// </summary>
internal sealed class RelayCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _published;

    public RelayCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "VCRunbooks.Server" && instrument.Name == "vcrunbooks.events.published")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _published, value));
        _listener.Start();
    }

    public long Published => Interlocked.Read(ref _published);

    /// <summary>Waits until the count has not moved for <paramref name="quiet"/> (or <paramref name="max"/> passed); returns when it last moved.</summary>
    public async Task<TimeSpan> WaitUntilQuietAsync(Stopwatch clock, TimeSpan quiet, TimeSpan max)
    {
        var last = -1L;
        var lastChange = clock.Elapsed;
        var giveUp = clock.Elapsed + max;
        while (clock.Elapsed - lastChange < quiet && clock.Elapsed < giveUp)
        {
            if (Published != last)
            {
                last = Published;
                lastChange = clock.Elapsed;
            }
            await Task.Delay(100);
        }
        return lastChange;
    }

    public void Dispose() => _listener.Dispose();
}

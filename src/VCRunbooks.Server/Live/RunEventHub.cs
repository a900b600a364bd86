using System.Collections.Concurrent;
using System.Threading.Channels;
using VCRunbooks.Engine;

namespace VCRunbooks.Server.Live;

/// <summary>
/// Fans run events out to this node's open Server-Sent Event streams. On one node it is fed straight from the
/// engine's commits (not from the outbox relay, so a slow or absent broker never delays them); when several nodes
/// share the runs it is fed from the bus instead (<see cref="BusRunEventConsumer"/>), so it shows every node's runs.
/// Events get a node-wide sequence number and are queued to every subscriber in that one order.
/// </summary>
/// <remarks>
/// The engine never waits for a subscriber. Each has a queue of <see cref="QueueLength"/> events; a subscriber that
/// falls that far behind is cut off: its queue is completed, <see cref="Subscription.Overflowed"/> is set and its
/// stream ends with an <c>overflow</c> event, so the client knows to reconnect (and gets a fresh snapshot) instead
/// of silently missing events in the middle of a run.
/// </remarks>
internal sealed class RunEventHub : IRunEventObserver
{
    internal const int QueueLength = 8192;
    private readonly ConcurrentDictionary<Guid, Subscriber> _subscribers = new();
    private readonly Lock _order = new();
    private long _sequence;

    public int SubscriberCount => _subscribers.Count;

    /// <summary>Subscribes to one run's events, or to all runs' when <paramref name="runId"/> is null.</summary>
    public Subscription Subscribe(string? runId)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(QueueLength) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
        var subscription = new Subscription(channel.Reader, () => _subscribers.TryRemove(id, out _));
        _subscribers[id] = new Subscriber(runId, channel.Writer, subscription);
        return subscription;
    }

    /// <summary>The engine committed these events (one run's, in order); queue them to every interested subscriber.</summary>
    public void OnCommitted(IReadOnlyList<CommittedEvent> events)
    {
        // One lock per commit: sequence numbers and queue order agree, so every subscriber sees the same order.
        lock (_order)
        {
            foreach (var e in events)
            {
                Publish(new LiveEvent(++_sequence, e.RunId, e.Type, e.Payload));
            }
        }
    }

    /// <summary>One event from the bus (any node's run); the caller delivers each run's events in order.</summary>
    public void Deliver(string runId, string type, string payload)
    {
        lock (_order)
        {
            Publish(new LiveEvent(++_sequence, runId, type, payload));
        }
    }

    /// <summary>
    /// Cuts off every subscriber as if it had overflowed, with <see cref="Subscription.FeedInterrupted"/> set: the
    /// feed may have lost events (the bus feed's queue was recreated after a broker reconnect), so each client
    /// reconnects for a fresh snapshot instead of silently missing them.
    /// </summary>
    public void CutOffAll()
    {
        lock (_order)
        {
            foreach (var (id, subscriber) in _subscribers)
            {
                subscriber.Subscription.FeedInterrupted = true;
                CutOff(id, subscriber);
            }
        }
    }

    private void Publish(LiveEvent liveEvent)
    {
        foreach (var (id, subscriber) in _subscribers)
        {
            if ((subscriber.RunId is null || subscriber.RunId == liveEvent.RunId) && !subscriber.Writer.TryWrite(liveEvent))
            {
                CutOff(id, subscriber);
            }
        }
    }

    private void CutOff(Guid id, Subscriber subscriber)
    {
        subscriber.Subscription.Overflowed = true;
        subscriber.Writer.TryComplete();
        _subscribers.TryRemove(id, out _);
    }

    private sealed record Subscriber(string? RunId, ChannelWriter<LiveEvent> Writer, Subscription Subscription);

    /// <summary>A live subscription; dispose to stop receiving.</summary>
    internal sealed class Subscription(ChannelReader<LiveEvent> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<LiveEvent> Reader { get; } = reader;

        /// <summary>Set when the subscriber fell <see cref="QueueLength"/> events behind and was cut off; its reader then ends.</summary>
        public bool Overflowed { get; internal set; }

        /// <summary>Set with <see cref="Overflowed"/> when the cut-off was the feed's doing (see <see cref="CutOffAll"/>), not the client's pace.</summary>
        public bool FeedInterrupted { get; internal set; }

        public void Dispose() => unsubscribe();
    }
}

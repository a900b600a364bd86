using System.Collections.Concurrent;
using System.Threading.Channels;

namespace VCRunbooks.Server.Live;

/// <summary>
/// Fans engine events out to the open Server-Sent Event streams of this node. Each subscriber has a bounded
/// queue; a subscriber too slow to keep up loses its oldest events rather than slowing the relay.
/// </summary>
internal sealed class RunEventHub
{
    private const int QueueLength = 1024;
    private readonly ConcurrentDictionary<Guid, (string? RunId, Channel<LiveEvent> Channel)> _subscribers = new();

    public int SubscriberCount => _subscribers.Count;

    /// <summary>Subscribes to one run's events, or to all runs' when <paramref name="runId"/> is null.</summary>
    public Subscription Subscribe(string? runId)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(QueueLength) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        _subscribers[id] = (runId, channel);
        return new Subscription(channel.Reader, () => _subscribers.TryRemove(id, out _));
    }

    public void Publish(LiveEvent liveEvent)
    {
        foreach (var (runId, channel) in _subscribers.Values)
        {
            if (runId is null || runId == liveEvent.RunId)
            {
                channel.Writer.TryWrite(liveEvent);
            }
        }
    }

    /// <summary>A live subscription; dispose to stop receiving.</summary>
    internal sealed class Subscription(ChannelReader<LiveEvent> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<LiveEvent> Reader { get; } = reader;

        public void Dispose() => unsubscribe();
    }
}

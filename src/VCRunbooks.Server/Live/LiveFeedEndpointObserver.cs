using MassTransit;

namespace VCRunbooks.Server.Live;

/// <summary>
/// Watches the bus feed's temporary queue. RabbitMQ deletes an auto-delete queue when its connection drops, and
/// MassTransit declares it afresh on reconnect; events published in between reached no queue of this node. So every
/// time the endpoint becomes ready again after the first time, the hub cuts off its streams, which then end with an
/// <c>overflow</c> event telling clients to reconnect for a fresh snapshot, rather than silently missing events.
/// </summary>
internal sealed partial class LiveFeedEndpointObserver(RunEventHub hub, ILogger<LiveFeedEndpointObserver> logger) : IReceiveEndpointObserver
{
    private int _readyCount;

    public Task Ready(ReceiveEndpointReady ready)
    {
        if (Interlocked.Increment(ref _readyCount) > 1)
        {
            LogFeedInterrupted(logger, hub.SubscriberCount);
            hub.CutOffAll();
        }
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The live feed's queue was recreated after a broker reconnect; cutting off {Subscribers} live streams so their clients resnapshot")]
    private static partial void LogFeedInterrupted(ILogger logger, int subscribers);
}

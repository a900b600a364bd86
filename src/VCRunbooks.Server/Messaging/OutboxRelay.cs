using MassTransit;
using Microsoft.Extensions.Options;
using VCRunbooks.Server.Metrics;

namespace VCRunbooks.Server.Messaging;

/// <summary>
/// Moves events from the engine's outbox to the bus, one at a time in outbox order, marking each only after the
/// broker took it. A broker outage stops the relay at the first unpublished event and retries with backoff, so
/// events are delayed, never lost, and never overtake each other.
/// </summary>
internal sealed partial class OutboxRelay(
    IEventOutbox outbox, IBus bus, IOptions<BusOptions> options, ServerMetrics metrics, TimeProvider time, ILogger<OutboxRelay> logger)
    : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await RelayBatchAsync(stoppingToken);
                if (failures > 0)
                {
                    LogRecovered(logger, failures);
                    failures = 0;
                }
                if (published == 0)
                {
                    await outbox.WaitForEventsAsync(IdleWait, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                metrics.PublishFailed();
                var delay = Backoff(failures);
                LogPublishFailed(logger, ex, failures, delay);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Publishes what is waiting, in order; returns how many went out.</summary>
    internal async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        var batch = await outbox.ReadUnpublishedAsync(BatchSize, cancellationToken);
        foreach (var message in batch)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.PublishTimeout);
            await bus.Publish(message.Message, message.Message.GetType(), context => context.MessageId = message.MessageId, timeout.Token);
            await outbox.MarkPublishedAsync(message.Sequence, cancellationToken);
            metrics.EventPublished();
        }
        return batch.Count;
    }

    private static TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failures - 1, 10))));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing engine events failed ({Failures} in a row); retrying in {Delay}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, int failures, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Publishing engine events again after {Failures} failures")]
    private static partial void LogRecovered(ILogger logger, int failures);
}

using System.Runtime.ExceptionServices;
using MassTransit;
using Microsoft.Extensions.Options;
using VCRunbooks.Engine;
using VCRunbooks.Server.Metrics;

namespace VCRunbooks.Server.Messaging;

/// <summary>
/// Moves events from the engine's outbox to the bus in batches: each run's events one after another in outbox order,
/// different runs in parallel, then one outbox delete per batch of exactly the events the broker confirmed. A broker
/// outage stops each run at its first unpublished event and the relay retries with backoff, so events are delayed,
/// never lost, and never overtake earlier events of their run. Confirmed events whose delete failed are remembered
/// and skipped, so this process publishes nothing twice; after a crash the stable MessageId marks a redelivery.
/// Of several nodes on one database only the one holding the relay lead publishes; the others stand by.
/// </summary>
internal sealed partial class OutboxRelay(
    IEventOutbox outbox, IBus bus, IOptions<BusOptions> options, ServerMetrics metrics, TimeProvider time, ILogger<OutboxRelay> logger)
    : BackgroundService
{
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StandbyWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>Confirmed by the broker but still in the outbox because deleting them failed.</summary>
    private readonly HashSet<long> _confirmed = [];

    private IRelayLead? _lead;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (!await LeadAsync(stoppingToken))
                    {
                        await Task.Delay(StandbyWait, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                        continue;
                    }

                    var relayed = await RelayBatchAsync(stoppingToken);
                    if (failures > 0)
                    {
                        LogRecovered(logger, failures);
                        failures = 0;
                    }
                    if (relayed == 0)
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
        finally
        {
            if (_lead is not null)
            {
                await _lead.DisposeAsync();
                _lead = null;
            }
        }
    }

    /// <summary>Keeps or takes the relay lead; false while another node relays.</summary>
    private async Task<bool> LeadAsync(CancellationToken cancellationToken)
    {
        if (_lead is not null)
        {
            if (await _lead.IsHeldAsync(cancellationToken))
            {
                return true;
            }

            LogLeadLost(logger);
            await _lead.DisposeAsync();
            _lead = null;
        }

        _lead = await outbox.TryLeadAsync(cancellationToken);
        if (_lead is not null)
        {
            LogLeading(logger);
        }

        return _lead is not null;
    }

    /// <summary>Publishes one batch of what is waiting; returns how many events it read.</summary>
    internal async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var batch = await outbox.ReadUnpublishedAsync(settings.RelayBatchSize, cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        List<OutboxMessage> unconfirmed;
        lock (_confirmed)
        {
            unconfirmed = [.. batch.Where(m => !_confirmed.Contains(m.Sequence))];
        }
        var failure = await PublishPerRunAsync(unconfirmed, settings, cancellationToken);

        List<long> published;
        lock (_confirmed)
        {
            published = [.. batch.Select(m => m.Sequence).Where(_confirmed.Contains)];
        }
        if (published.Count > 0)
        {
            // Even when stopping: forgetting confirmed events here would publish them again after a restart.
            await outbox.MarkPublishedAsync(published, failure is null ? cancellationToken : CancellationToken.None);
            lock (_confirmed)
            {
                _confirmed.ExceptWith(published);
            }
        }
        failure?.Throw();
        return batch.Count;
    }

    /// <summary>Publishes each run's events in order, runs in parallel; returns the first failure, if any.</summary>
    private async Task<ExceptionDispatchInfo?> PublishPerRunAsync(List<OutboxMessage> messages, BusOptions settings, CancellationToken cancellationToken)
    {
        // GroupBy keeps each group's elements in source order: outbox order within a run.
        var runs = new Queue<OutboxMessage[]>(messages.GroupBy(m => m.RunId, StringComparer.Ordinal).Select(g => g.ToArray()));
        ExceptionDispatchInfo? failure = null;
        async Task WorkAsync()
        {
            while (true)
            {
                OutboxMessage[]? run;
                lock (runs)
                {
                    if (!runs.TryDequeue(out run))
                    {
                        return;
                    }
                }
                try
                {
                    foreach (var message in run)
                    {
                        await PublishAsync(message, settings.PublishTimeout, cancellationToken);
                    }
                }
                catch (Exception ex)
                {
                    // This run stops at its first unconfirmed event; the others carry on.
                    Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(ex), null);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(settings.RelayConcurrency, runs.Count)).Select(_ => WorkAsync()));
        return failure;
    }

    private async Task PublishAsync(OutboxMessage message, TimeSpan publishTimeout, CancellationToken cancellationToken)
    {
        // A send already begun finishes (within the publish timeout) rather than being cut by shutdown: MassTransit logs
        // a cut send as a fault with its stack, and the event would be published again after the restart anyway.
        cancellationToken.ThrowIfCancellationRequested();
        using var timeout = new CancellationTokenSource(publishTimeout);
        await bus.Publish(message.Message, message.Message.GetType(), context => context.MessageId = message.MessageId, timeout.Token);
        lock (_confirmed)
        {
            _confirmed.Add(message.Sequence);
        }
        metrics.EventPublished();
    }

    private static TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failures - 1, 10))));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing engine events failed ({Failures} in a row); retrying in {Delay}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, int failures, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Publishing engine events again after {Failures} failures")]
    private static partial void LogRecovered(ILogger logger, int failures);

    [LoggerMessage(Level = LogLevel.Information, Message = "This node now relays engine events to the bus")]
    private static partial void LogLeading(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This node lost the relay lead (its database session ended); taking it again")]
    private static partial void LogLeadLost(ILogger logger);
}

using System.Security.Cryptography;
using System.Text;
using VCRunbooks.Engine;
using VCRunbooks.Server.Live;

namespace VCRunbooks.Server.Messaging;

/// <summary>
/// The engine's outbox behind the relay's seam. Events go to this node's live streams as soon as they are read
/// (once each, even while the broker is down) and are deleted from the outbox only after the bus took them.
/// </summary>
internal sealed class EngineOutbox(IOutboxReader reader, RunEventHub hub, TimeProvider time) : IEventOutbox
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private long _publishedThrough;
    private long _streamedThrough;

    public async Task<IReadOnlyList<OutboxMessage>> ReadUnpublishedAsync(int max, CancellationToken cancellationToken)
    {
        var rows = await reader.ReadAsync(Interlocked.Read(ref _publishedThrough), max, cancellationToken);
        var messages = new List<OutboxMessage>(rows.Count);
        foreach (var row in rows)
        {
            if (row.Id > _streamedThrough)
            {
                hub.Publish(new LiveEvent(row.Id, row.RunId, row.Type, row.Payload));
                _streamedThrough = row.Id;
            }
            messages.Add(new OutboxMessage(row.Id, MessageIdOf(row), row.RunId, row.ToMessage()));
        }
        return messages;
    }

    public async Task MarkPublishedAsync(long sequence, CancellationToken cancellationToken)
    {
        await reader.DeleteThroughAsync(sequence, cancellationToken);
        Interlocked.Exchange(ref _publishedThrough, sequence);
    }

    public Task WaitForEventsAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        Task.Delay(timeout < PollInterval ? timeout : PollInterval, time, cancellationToken);

    /// <summary>Derived from the event itself, so a redelivery after a crash carries the same MessageId.</summary>
    private static Guid MessageIdOf(Engine.OutboxMessage row) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{row.RunId}/{row.Id}/{row.Type}"))[..16]);
}

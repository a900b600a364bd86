using System.Security.Cryptography;
using System.Text;
using VCRunbooks.Engine;

namespace VCRunbooks.Server.Messaging;

/// <summary>
/// The engine's outbox behind the relay's seam. Events are deleted from the outbox only after the bus took them.
/// A commit on this node wakes the relay at once; commits of other nodes sharing the database are found by polling.
/// </summary>
internal sealed class EngineOutbox(IOutboxReader reader, TimeProvider time) : IEventOutbox, IRunEventObserver
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private TaskCompletionSource _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<IReadOnlyList<OutboxMessage>> ReadUnpublishedAsync(int max, CancellationToken cancellationToken)
    {
        // Always from the oldest: what was published is deleted, and an event that committed late sits below the rest.
        var rows = await reader.ReadAsync(0, max, cancellationToken);
        return [.. rows.Select(row => new OutboxMessage(row.Id, MessageIdOf(row), row.RunId, row.ToMessage()))];
    }

    public Task MarkPublishedAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken) =>
        reader.DeleteAsync(sequences, cancellationToken);

    public Task<IRelayLead?> TryLeadAsync(CancellationToken cancellationToken) => reader.TryLeadRelayAsync(cancellationToken);

    public async Task WaitForEventsAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _committed, committed);
        // A commit between the relay's last read and this point only sets the old source: the poll bounds that wait.
        await committed.Task.WaitAsync(timeout < PollInterval ? timeout : PollInterval, time, cancellationToken)
            .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void OnCommitted(IReadOnlyList<CommittedEvent> events) => Volatile.Read(ref _committed).TrySetResult();

    /// <summary>Derived from the event itself, so a redelivery after a crash carries the same MessageId.</summary>
    private static Guid MessageIdOf(Engine.OutboxMessage row) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{row.RunId}/{row.Id}/{row.Type}"))[..16]);
}

using VCRunbooks.Engine;

namespace VCRunbooks.Server.Messaging;

/// <summary>
/// The engine's outbox as the relay sees it: events committed with run state, read in order, marked once
/// published. A small seam so the relay does not depend on how the engine stores them.
/// </summary>
internal interface IEventOutbox
{
    Task<IReadOnlyList<OutboxMessage>> ReadUnpublishedAsync(int max, CancellationToken cancellationToken);

    /// <summary>Removes exactly these published events (never "through" a sequence: a lower one may commit late).</summary>
    Task MarkPublishedAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken);

    /// <summary>Makes this process the one that relays, or null while another node does.</summary>
    Task<IRelayLead?> TryLeadAsync(CancellationToken cancellationToken);

    /// <summary>Completes when new events may be waiting, or after <paramref name="timeout"/> at the latest.</summary>
    Task WaitForEventsAsync(TimeSpan timeout, CancellationToken cancellationToken);
}

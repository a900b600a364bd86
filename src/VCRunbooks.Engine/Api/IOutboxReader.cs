namespace VCRunbooks.Engine;

/// <summary>Reads run events written to the outbox with each commit, for relaying to a bus.</summary>
public interface IOutboxReader
{
    /// <summary>Messages with an id above <paramref name="afterId"/>, oldest first. A relay reads from 0 each round: what it deleted is gone.</summary>
    Task<IReadOnlyList<OutboxMessage>> ReadAsync(long afterId, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes exactly these relayed messages. Not "everything through an id": on PostgreSQL a transaction that took a
    /// lower id can commit after a higher one was read, and deleting through the higher one would drop it unrelayed.
    /// </summary>
    Task<int> DeleteAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes this process the database's one relay, or returns null while another process is: two relays would publish
    /// every event twice and could reorder a run's events. Dispose the lead to hand it over.
    /// </summary>
    Task<IRelayLead?> TryLeadRelayAsync(CancellationToken cancellationToken = default);
}

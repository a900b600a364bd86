namespace VCRunbooks.Engine;

/// <summary>Reads run events written to the outbox with each commit, for relaying to a bus or live streams.</summary>
public interface IOutboxReader
{
    Task<IReadOnlyList<OutboxMessage>> ReadAsync(long afterId, int max, CancellationToken cancellationToken = default);

    /// <summary>Deletes relayed messages up to and including the id.</summary>
    Task<int> DeleteThroughAsync(long id, CancellationToken cancellationToken = default);
}

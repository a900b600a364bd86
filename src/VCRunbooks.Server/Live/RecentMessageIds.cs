namespace VCRunbooks.Server.Live;

/// <summary>
/// The MessageIds of the last <see cref="Capacity"/> run events the live feed took from the bus. Every node relays
/// the shared outbox, so one event can arrive twice (same MessageId, derived from the outbox row); the copy always
/// follows the original within about one relay round, far fewer events than this remembers.
/// </summary>
internal sealed class RecentMessageIds
{
    internal const int Capacity = 65_536;
    private readonly HashSet<Guid> _seen = [];
    private readonly Queue<Guid> _order = new();
    private readonly Lock _lock = new();

    /// <summary>True the first time <paramref name="messageId"/> is seen, false for a repeat.</summary>
    public bool TryAdd(Guid messageId)
    {
        lock (_lock)
        {
            if (!_seen.Add(messageId))
            {
                return false;
            }
            _order.Enqueue(messageId);
            if (_order.Count > Capacity)
            {
                _seen.Remove(_order.Dequeue());
            }
            return true;
        }
    }
}

namespace VCRunbooks.Engine;

/// <summary>
/// Told about run events in-process right after the transaction that wrote them to the outbox committed, so a host
/// can show them live without waiting for its outbox relay. Register any number in DI.
/// </summary>
/// <remarks>
/// Called on the engine's commit path: implementations must return at once (hand off, never wait on I/O). Events of
/// one run arrive in commit order, one call per commit; calls for different runs may be concurrent. An exception is
/// logged and otherwise ignored: the commit stands and the outbox still relays the events.
/// </remarks>
public interface IRunEventObserver
{
    /// <summary>One commit's events of one run, in the order they were emitted; the list and its events must not be changed.</summary>
    void OnCommitted(IReadOnlyList<CommittedEvent> events);
}

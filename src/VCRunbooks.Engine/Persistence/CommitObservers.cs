using Microsoft.Extensions.Logging;

namespace VCRunbooks.Engine.Persistence;

/// <summary>Hands each commit's outbox rows to the registered <see cref="IRunEventObserver"/>s.</summary>
internal sealed partial class CommitObservers(IEnumerable<IRunEventObserver> observers, ILogger<CommitObservers> logger)
{
    private readonly IRunEventObserver[] _observers = [.. observers];

    /// <summary>Whether anyone listens: then a commit serialises each event once, for the outbox and the observers alike.</summary>
    public bool Any => _observers.Length > 0;

    /// <summary>Call only after the transaction holding <paramref name="outbox"/> committed.</summary>
    public void Committed(IReadOnlyCollection<OutboxRecord> outbox)
    {
        if (_observers.Length == 0 || outbox.Count == 0)
        {
            return;
        }

        var events = outbox.Select(o => new CommittedEvent(o.RunId, o.Type, OutboxBatch.Payload(o), DateTimeOffset.FromUnixTimeMilliseconds(o.CreatedAtMs))).ToList();
        foreach (var observer in _observers)
        {
            try
            {
                observer.OnCommitted(events);
            }
            catch (Exception ex)
            {
                // The commit already happened; failing it now would make the engine redo a pass that is durable.
                LogObserverFailed(logger, ex, observer.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Run event observer {Observer} failed; its events still leave through the outbox")]
    private static partial void LogObserverFailed(ILogger logger, Exception exception, string observer);
}

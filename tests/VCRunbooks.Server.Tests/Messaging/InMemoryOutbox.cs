using VCRunbooks.Server.Messaging;

namespace VCRunbooks.Server.Tests.Messaging;

/// <summary>An outbox in memory with the engine outbox's semantics: ordered, read-and-mark, wakes the relay on add.</summary>
internal sealed class InMemoryOutbox : IEventOutbox
{
    private readonly Lock _sync = new();
    private readonly List<OutboxMessage> _pending = [];
    private long _sequence;
    private TaskCompletionSource _added = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _empty = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int PendingCount
    {
        get
        {
            lock (_sync)
            {
                return _pending.Count;
            }
        }
    }

    public void Add(string runId, object message) => AddAll([(runId, message)]);

    /// <summary>Adds the events in one step, so the relay reads them in one batch.</summary>
    public void AddAll(IEnumerable<(string RunId, object Message)> events)
    {
        lock (_sync)
        {
            foreach (var (runId, message) in events)
            {
                _sequence++;
                _pending.Add(new OutboxMessage(_sequence, Guid.NewGuid(), runId, message));
            }
            if (_empty.Task.IsCompleted)
            {
                _empty = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            _added.TrySetResult();
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> ReadUnpublishedAsync(int max, CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            return Task.FromResult<IReadOnlyList<OutboxMessage>>([.. _pending.Take(max)]);
        }
    }

    /// <summary>How many times the relay marked events published (an outbox delete each, for the engine's outbox).</summary>
    public int MarkCount { get; private set; }

    public Task MarkPublishedAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            MarkCount++;
            _pending.RemoveAll(m => sequences.Contains(m.Sequence));
            if (_pending.Count == 0)
            {
                _empty.TrySetResult();
            }
        }
        return Task.CompletedTask;
    }

    public Task<VCRunbooks.Engine.IRelayLead?> TryLeadAsync(CancellationToken cancellationToken) => Task.FromResult<VCRunbooks.Engine.IRelayLead?>(new AlwaysLead());

    /// <summary>Completes once the relay has marked every event added so far as published.</summary>
    public Task WhenEmpty()
    {
        lock (_sync)
        {
            return _pending.Count == 0 ? Task.CompletedTask : _empty.Task;
        }
    }

    public async Task WaitForEventsAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task added;
        lock (_sync)
        {
            if (_pending.Count > 0)
            {
                return;
            }
            _added = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            added = _added.Task;
        }
        await added.WaitAsync(timeout, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private sealed class AlwaysLead : VCRunbooks.Engine.IRelayLead
    {
        public Task<bool> IsHeldAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

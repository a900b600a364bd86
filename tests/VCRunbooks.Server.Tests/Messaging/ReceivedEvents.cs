using System.Collections.Concurrent;

namespace VCRunbooks.Server.Tests.Messaging;

/// <summary>What the test consumer received, and tasks that complete once enough has arrived.</summary>
public sealed class ReceivedEvents
{
    private readonly Lock _sync = new();
    private readonly ConcurrentQueue<(Guid? MessageId, TestRunEvent Event)> _received = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

    public IReadOnlyCollection<(Guid? MessageId, TestRunEvent Event)> All => _received;

    /// <summary>Completes once <paramref name="count"/> events have arrived in total.</summary>
    public Task Expect(int count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_sync)
        {
            _waiters.Add((count, done));
            Release();
        }
        return done.Task;
    }

    public void Add(Guid? messageId, TestRunEvent message)
    {
        lock (_sync)
        {
            _received.Enqueue((messageId, message));
            Release();
        }
    }

    private void Release()
    {
        foreach (var waiter in _waiters.Where(w => _received.Count >= w.Count).ToList())
        {
            waiter.Done.TrySetResult();
            _waiters.Remove(waiter);
        }
    }
}

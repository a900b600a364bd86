using System.Collections.Concurrent;
using MassTransit;

namespace VCRunbooks.Server.Tests.Messaging;

/// <summary>
/// Watches the relay's publishes on the bus: can hold one event back until released, fail chosen events once, and
/// records the order in which the bus finished taking them.
/// </summary>
internal sealed class PublishInterceptor : IPublishObserver
{
    private readonly ConcurrentQueue<TestRunEvent> _published = new();
    private readonly ConcurrentDictionary<TestRunEvent, bool> _failOnce = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The event to hold in PrePublish until <see cref="Release"/> is called.</summary>
    public TestRunEvent? Hold { get; init; }

    public IReadOnlyCollection<TestRunEvent> Published => _published;

    /// <summary>Completes once the held event reached the bus and is being held.</summary>
    public Task Holding => _holding.Task;

    public void Release() => _release.TrySetResult();

    /// <summary>The bus refuses this event the first time it is published.</summary>
    public void FailOnce(TestRunEvent message) => _failOnce[message] = true;

    public async Task PrePublish<T>(PublishContext<T> context)
        where T : class
    {
        if (context.Message is not TestRunEvent message)
        {
            return;
        }
        if (_failOnce.TryRemove(message, out _))
        {
            throw new InvalidOperationException($"Test: the bus refuses {message} once.");
        }
        if (message == Hold)
        {
            _holding.TrySetResult();
            await _release.Task;
        }
    }

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        if (context.Message is TestRunEvent message)
        {
            _published.Enqueue(message);
        }
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}

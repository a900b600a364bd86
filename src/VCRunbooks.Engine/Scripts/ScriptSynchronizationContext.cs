namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// Where a script's continuations go: into a queue the execution runs on its own thread, in order, when it hands a
/// result to the script. So script code never runs on the thread pool or at the same time as an activity, and a
/// replay resumes the script's branches in exactly the order the first run did.
/// </summary>
internal sealed class ScriptSynchronizationContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _queue = new();

    public override void Post(SendOrPostCallback d, object? state) => _queue.Enqueue((d, state));

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Script code does not block on other code.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs queued continuations (and those they queue) until none is left; calls <paramref name="after"/> after each.</summary>
    public void RunAll(Action after)
    {
        while (_queue.TryDequeue(out var next))
        {
            next.Callback(next.State);
            after();
        }
    }
}

namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>
/// Where a simulated process death happens: the call has reached vCenter (its side effect is real), and the engine
/// never hears back, so nothing after it commits. <see cref="Reached"/> tells the test it happened.
/// </summary>
public sealed class CrashPoint
{
    private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Reached => reached.Task;

    /// <summary>Signals the test and never returns, like a process that died after sending.</summary>
    public async Task<T> DieAfterAsync<T>(Task<T> call)
    {
        await call;
        reached.TrySetResult();
        await new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously).Task;
        throw new InvalidOperationException("unreachable");
    }
}

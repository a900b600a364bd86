namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>
/// Where a simulated process death happens: the call has reached vCenter (its side effect is real), and the engine
/// never hears back, so nothing after it commits. <see cref="Reached"/> tells the test it happened.
/// </summary>
public sealed class CrashPoint
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Reached => _reached.Task;

    /// <summary>Dies before the call is sent: nothing reaches vCenter. Signals the test and returns a task of <paramref name="taskType"/> that never completes.</summary>
    public object DieBefore(Type taskType) => DieAfter(Task.CompletedTask, taskType);

    /// <summary>Lets <paramref name="call"/> finish on vCenter, signals the test, and returns a task of <paramref name="taskType"/> that never completes.</summary>
    public object DieAfter(Task call, Type taskType)
    {
        call.ContinueWith(_ => _reached.TrySetResult(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        var result = taskType.IsGenericType ? taskType.GetGenericArguments()[0] : null;
        var source = result is null ? new TaskCompletionSource() : Activator.CreateInstance(typeof(TaskCompletionSource<>).MakeGenericType(result))!;
        return source.GetType().GetProperty("Task")!.GetValue(source)!;
    }
}

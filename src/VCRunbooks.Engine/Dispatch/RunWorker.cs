using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Dispatch;

internal sealed class RunWorker(RunExecutor executor, IRunDispatcher dispatcher) : IRunWorker
{
    public async Task ExecuteAsync(string runId, CancellationToken cancellationToken)
    {
        foreach (var next in await executor.ExecuteAsync(runId, cancellationToken, cancellationToken))
        {
            await dispatcher.DispatchAsync(next, cancellationToken);
        }
    }
}

using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Dispatch;

internal sealed class RunWorker(RunPass pass, IRunDispatcher dispatcher) : IRunWorker
{
    public async Task ExecuteAsync(string runId, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> next;
        try
        {
            next = await pass.ExecuteAsync(runId, cancellationToken, cancellationToken);
        }
        catch (RunConflictException)
        {
            // Another pass committed first (a lease that expired under a stalled node): read the run again.
            await dispatcher.DispatchAsync(runId, cancellationToken);
            return;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The lease was lost mid-pass: the node that took it executes the run now.
            return;
        }

        foreach (var other in next)
        {
            await dispatcher.DispatchAsync(other, cancellationToken);
        }
    }
}

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
            // The pass was interrupted (a cancel request, or the lease lost): pass again to apply the cancel; if
            // another node holds the run now, this only asks it for one more pass.
            await dispatcher.DispatchAsync(runId, cancellationToken);
            return;
        }

        foreach (var other in next)
        {
            await dispatcher.DispatchAsync(other, cancellationToken);
        }
    }
}

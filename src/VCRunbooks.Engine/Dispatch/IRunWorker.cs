namespace VCRunbooks.Engine.Dispatch;

/// <summary>Executes one pass of a run; a bus consumer (MassTransit) calls it for each run id an <see cref="IRunDispatcher"/> sent.</summary>
public interface IRunWorker
{
    /// <summary>Runs the pass and dispatches the runs it woke (child runs started, a parent whose child finished).</summary>
    Task ExecuteAsync(string runId, CancellationToken cancellationToken);
}

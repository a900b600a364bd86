namespace VCRunbooks.Engine.Runs;

/// <summary>Another pass committed the run first (optimistic concurrency); this pass is discarded and the run re-dispatched.</summary>
internal sealed class RunConflictException(string runId) : Exception($"Run {runId} was changed by another pass.")
{
    public string RunId { get; } = runId;
}

namespace VCRunbooks.Engine.Dispatch;

/// <summary>Hands a run to whichever worker executes its next pass (in-process channels by default; a bus when configured).</summary>
public interface IRunDispatcher
{
    /// <summary>Asks for a pass of the run; dispatching a run already queued or executing only ensures one more pass.</summary>
    ValueTask DispatchAsync(string runId, CancellationToken cancellationToken);
}

namespace VCRunbooks.Engine.Runs;

/// <summary>Where a run is in its life.</summary>
public enum RunStatus
{
    /// <summary>Has steps ready to execute, or is executing one.</summary>
    Running,
    /// <summary>Every step waits on a timer, an event, an answer or a child run; the run holds no thread.</summary>
    Suspended,
    /// <summary>Faulted, and running the compensations of its completed steps in reverse order.</summary>
    Compensating,
    /// <summary>Finished: no step is left (or End was reached).</summary>
    Completed,
    /// <summary>A step failed with no retry left; <see cref="IRunbookEngine.RetryAsync"/> can put it back unless it was compensated.</summary>
    Faulted,
    /// <summary>Cancelled by <see cref="IRunbookEngine.CancelAsync"/>; final.</summary>
    Cancelled,
}

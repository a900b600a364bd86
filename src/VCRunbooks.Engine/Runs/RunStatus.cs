namespace VCRunbooks.Engine.Runs;

/// <summary>Where a run is in its life.</summary>
public enum RunStatus
{
    Running,
    Suspended,
    Compensating,
    Completed,
    Faulted,
    Cancelled,
}

namespace VCRunbooks.Contracts.Runs;

/// <summary>Every branch of a run waits on a timer or an event; no thread is held.</summary>
public sealed record RunSuspended
{
    public required string RunId { get; init; }
    public required IReadOnlyList<string> WaitingOn { get; init; }
    public required DateTimeOffset At { get; init; }
}

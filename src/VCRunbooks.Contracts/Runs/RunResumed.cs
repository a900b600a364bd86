namespace VCRunbooks.Contracts.Runs;

/// <summary>A suspended run continues because a timer fired or an event arrived.</summary>
public sealed record RunResumed
{
    public required string RunId { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset At { get; init; }
}

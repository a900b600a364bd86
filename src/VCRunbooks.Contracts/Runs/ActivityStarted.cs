namespace VCRunbooks.Contracts.Runs;

/// <summary>An activity began executing (attempt counts from 1).</summary>
public sealed record ActivityStarted
{
    public required string RunId { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityType { get; init; }
    public required int Attempt { get; init; }
    public required DateTimeOffset At { get; init; }
}

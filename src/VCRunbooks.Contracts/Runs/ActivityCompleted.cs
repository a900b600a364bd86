namespace VCRunbooks.Contracts.Runs;

/// <summary>An activity completed with one or more outcomes.</summary>
public sealed record ActivityCompleted
{
    public required string RunId { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityType { get; init; }
    public required IReadOnlyList<string> Outcomes { get; init; }
    public required DateTimeOffset At { get; init; }
}

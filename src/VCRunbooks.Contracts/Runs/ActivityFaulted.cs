namespace VCRunbooks.Contracts.Runs;

/// <summary>An activity attempt failed; WillRetry tells whether a retry timer was scheduled.</summary>
public sealed record ActivityFaulted
{
    public required string RunId { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityType { get; init; }
    public required int Attempt { get; init; }
    public required string Error { get; init; }
    public required bool WillRetry { get; init; }
    public DateTimeOffset? RetryAt { get; init; }
    public required DateTimeOffset At { get; init; }
}

namespace VCRunbooks.Contracts.Runs;

/// <summary>A run stopped on an error it could not retry; it can be retried from ActivityId.</summary>
public sealed record RunFaulted
{
    public required string RunId { get; init; }
    public string? ActivityId { get; init; }
    public required string Error { get; init; }
    public required bool Compensated { get; init; }
    public required DateTimeOffset At { get; init; }
}

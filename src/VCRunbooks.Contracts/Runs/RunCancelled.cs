namespace VCRunbooks.Contracts.Runs;

/// <summary>A run was cancelled by an operator or a parent run.</summary>
public sealed record RunCancelled
{
    public required string RunId { get; init; }
    public required DateTimeOffset At { get; init; }
}

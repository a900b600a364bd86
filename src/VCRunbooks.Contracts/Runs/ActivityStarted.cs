namespace VCRunbooks.Contracts.Runs;

/// <summary>Published when a step's attempt begins executing (attempts count from 1), unless the engine's PublishActivityEvents is off.</summary>
public sealed record ActivityStarted
{
    /// <summary>The run's id.</summary>
    public required string RunId { get; init; }
    /// <summary>The step's id in the runbook definition.</summary>
    public required string ActivityId { get; init; }
    /// <summary>The activity type, as in the catalog (e.g. <c>StartBackup</c>).</summary>
    public required string ActivityType { get; init; }
    /// <summary>The attempt number, 1 for the first try.</summary>
    public required int Attempt { get; init; }
    /// <summary>When the attempt started (UTC, engine clock).</summary>
    public required DateTimeOffset At { get; init; }
}

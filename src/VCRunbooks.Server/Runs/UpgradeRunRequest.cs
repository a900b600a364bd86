namespace VCRunbooks.Server.Runs;

/// <summary>Moves a waiting script run to another published version of its runbook.</summary>
internal sealed record UpgradeRunRequest
{
    /// <summary>The version to move to (published, a script like the run's own).</summary>
    public int? Version { get; init; }
}

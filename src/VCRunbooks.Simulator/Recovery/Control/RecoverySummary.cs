namespace VCRunbooks.Simulator.Recovery.Control;

/// <summary>The recovery state of one appliance, for scenario checks: backup jobs, schedules, restore, reconciliation.</summary>
internal sealed record RecoverySummary(
    IReadOnlyList<BackupJobSummary> BackupJobs,
    IReadOnlyList<string> Schedules,
    string RestoreState,
    long RestoreProgress,
    string? RestoredFrom,
    string ReconciliationStatus);

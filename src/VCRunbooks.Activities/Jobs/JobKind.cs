namespace VCRunbooks.Activities.Jobs;

/// <summary>What WaitForJob polls.</summary>
public enum JobKind
{
    /// <summary>A backup job, by id.</summary>
    Backup,

    /// <summary>The appliance's restore job (there is one; no id).</summary>
    Restore,

    /// <summary>A cis task, by id.</summary>
    Task,

    /// <summary>The appliance update (stage, install): InstallInProgress until UpToDate or InstallFailed.</summary>
    Update,

    /// <summary>The reconciliation job after a restore.</summary>
    Reconciliation,

    /// <summary>Stage 2 (install, upgrade): until CONFIGURED or FAILED; QUESTION_RAISED completes with Question.</summary>
    Deployment,

    /// <summary>The historical data import that a deferred upgrade runs after stage 2.</summary>
    HistoryImport,
}

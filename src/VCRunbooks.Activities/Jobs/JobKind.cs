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
}

namespace VCRunbooks.Engine;

/// <summary>When the runner commits run state between suspensions.</summary>
public enum CommitStrategy
{
    /// <summary>Commit after side-effecting activities and at suspensions; pure activities ride along with the next commit.</summary>
    Batched,

    /// <summary>Commit after every activity, as if each had side effects.</summary>
    EveryActivity,
}

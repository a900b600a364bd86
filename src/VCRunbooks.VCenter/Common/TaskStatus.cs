namespace VCRunbooks.VCenter.Common;

/// <summary>The status of a cis task or of a task-shaped operation.</summary>
public enum TaskStatus
{
    /// <summary>Queued, not started yet (wire <c>PENDING</c>).</summary>
    Pending,
    /// <summary>In progress (<c>RUNNING</c>).</summary>
    Running,
    /// <summary>Started but waiting, for instance on an answer or a lock (<c>BLOCKED</c>).</summary>
    Blocked,
    /// <summary>Finished successfully (<c>SUCCEEDED</c>).</summary>
    Succeeded,
    /// <summary>Finished with an error (<c>FAILED</c>).</summary>
    Failed,
}

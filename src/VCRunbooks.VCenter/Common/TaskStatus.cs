namespace VCRunbooks.VCenter.Common;

/// <summary>The status of a cis task or of a task-shaped operation.</summary>
public enum TaskStatus
{
    Pending,
    Running,
    Blocked,
    Succeeded,
    Failed,
}

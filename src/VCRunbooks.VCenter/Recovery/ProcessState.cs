using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Recovery;

/// <summary>The state of a backup or restore job (BackupRestoreProcessState).</summary>
public enum ProcessState
{
    /// <summary>No job has run.</summary>
    None,
    /// <summary>The job is running (wire <c>INPROGRESS</c>, no underscore).</summary>
    [JsonStringEnumMemberName("INPROGRESS")]
    InProgress,
    /// <summary>The job succeeded (<c>SUCCEEDED</c>).</summary>
    Succeeded,
    /// <summary>The job failed (<c>FAILED</c>).</summary>
    Failed,
}

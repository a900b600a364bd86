using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Recovery;

/// <summary>The state of a backup or restore job (BackupRestoreProcessState).</summary>
public enum ProcessState
{
    /// <summary>No job has run.</summary>
    None,
    [JsonStringEnumMemberName("INPROGRESS")]
    InProgress,
    Succeeded,
    Failed,
}

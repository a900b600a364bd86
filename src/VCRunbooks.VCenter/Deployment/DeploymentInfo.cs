using System.Text.Json.Serialization;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Json;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Deployment;

/// <summary>vcenter.deployment Info: the appliance's deployment state plus the task fields of the running or last stage-2 operation.</summary>
public sealed record DeploymentInfo
{
    /// <summary>Where the appliance is in its deployment.</summary>
    public required ApplianceState State { get; init; }
    /// <summary>Progress of the running or last operation; null when none.</summary>
    public TaskProgress? Progress { get; init; }
    /// <summary>Subtask names in run order, e.g. precheck, rpminstall, firstboot; null when none.</summary>
    public IReadOnlyList<string>? SubtaskOrder { get; init; }
    /// <summary>The subtasks by name; null when none.</summary>
    public IReadOnlyDictionary<string, DeploymentTask>? Subtasks { get; init; }
    /// <summary>What the running or last operation does.</summary>
    public required LocalizableMessage Description { get; init; }
    /// <summary>Identifier of the service of the operation.</summary>
    public required string Service { get; init; }
    /// <summary>Identifier of the operation, e.g. install or upgrade.</summary>
    public required string Operation { get; init; }
    /// <summary>Status of the operation.</summary>
    public required TaskStatus Status { get; init; }
    /// <summary>Whether it can be canceled now (only in CONFIG_IN_PROGRESS).</summary>
    public required bool Cancelable { get; init; }
    /// <summary>Why the operation failed, when <see cref="Status"/> is FAILED (wire <c>error</c>); null otherwise, or when the failure is only in the result's notifications.</summary>
    [JsonConverter(typeof(TaskErrorTextConverter))]
    public string? Error { get; init; }
    /// <summary>When it started; null when none has.</summary>
    public DateTimeOffset? StartTime { get; init; }
    /// <summary>When it finished; null until SUCCEEDED or FAILED.</summary>
    public DateTimeOffset? EndTime { get; init; }
    /// <summary>Who started it; null when the system did.</summary>
    public string? User { get; init; }
}

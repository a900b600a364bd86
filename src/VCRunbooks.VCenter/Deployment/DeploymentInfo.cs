using VCRunbooks.VCenter.Common;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Deployment;

/// <summary>vcenter.deployment Info: the appliance's deployment state plus the task fields of the running or last stage-2 operation.</summary>
public sealed record DeploymentInfo
{
    public required ApplianceState State { get; init; }
    public TaskProgress? Progress { get; init; }
    public IReadOnlyList<string>? SubtaskOrder { get; init; }
    public IReadOnlyDictionary<string, DeploymentTask>? Subtasks { get; init; }
    public required LocalizableMessage Description { get; init; }
    public required string Service { get; init; }
    public required string Operation { get; init; }
    public required TaskStatus Status { get; init; }
    public required bool Cancelable { get; init; }
    public DateTimeOffset? StartTime { get; init; }
    public DateTimeOffset? EndTime { get; init; }
    public string? User { get; init; }
}

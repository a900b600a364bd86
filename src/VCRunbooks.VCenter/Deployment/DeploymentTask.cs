using VCRunbooks.VCenter.Common;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Deployment;

/// <summary>One subtask of a stage-2 operation (precheck, rpminstall, firstboot, export, import).</summary>
public sealed record DeploymentTask
{
    public TaskProgress? Progress { get; init; }
    public Notifications? Result { get; init; }
    public required LocalizableMessage Description { get; init; }
    public required string Service { get; init; }
    public required string Operation { get; init; }
    public required TaskStatus Status { get; init; }
    public required bool Cancelable { get; init; }
    public DateTimeOffset? StartTime { get; init; }
    public DateTimeOffset? EndTime { get; init; }
}

using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Tasks;

/// <summary>Which tasks <c>POST /api/cis/tasks?action=list</c> returns; an empty filter matches all.</summary>
public sealed record TaskFilterSpec
{
    public IReadOnlyList<string>? Tasks { get; init; }
    public IReadOnlyList<string>? Services { get; init; }
    public IReadOnlyList<string>? Operations { get; init; }
    public IReadOnlyList<TaskStatus>? Status { get; init; }
    public IReadOnlyList<string>? Users { get; init; }
}

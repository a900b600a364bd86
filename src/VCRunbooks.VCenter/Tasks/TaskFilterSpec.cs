using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Tasks;

/// <summary>Which tasks <c>POST /api/cis/tasks?action=list</c> returns; an empty filter matches all.</summary>
public sealed record TaskFilterSpec
{
    /// <summary>Task ids to match; null or empty matches any.</summary>
    public IReadOnlyList<string>? Tasks { get; init; }
    /// <summary>Service identifiers (see <see cref="TaskInfo.Service"/>) to match; null or empty matches any.</summary>
    public IReadOnlyList<string>? Services { get; init; }
    /// <summary>Operation identifiers (see <see cref="TaskInfo.Operation"/>) to match; null or empty matches any.</summary>
    public IReadOnlyList<string>? Operations { get; init; }
    /// <summary>Statuses to match; null or empty matches any.</summary>
    public IReadOnlyList<TaskStatus>? Status { get; init; }
    /// <summary>Users who started the operation; null or empty matches any.</summary>
    public IReadOnlyList<string>? Users { get; init; }
}

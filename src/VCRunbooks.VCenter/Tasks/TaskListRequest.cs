namespace VCRunbooks.VCenter.Tasks;

/// <summary>Body of <c>POST /api/cis/tasks?action=list</c>.</summary>
public sealed record TaskListRequest
{
    public TaskFilterSpec? FilterSpec { get; init; }
    public TaskResultSpec? ResultSpec { get; init; }
}

/// <summary>What a task listing includes of each task.</summary>
public sealed record TaskResultSpec
{
    public bool? ReturnAll { get; init; }
    public bool? ExcludeResult { get; init; }
}

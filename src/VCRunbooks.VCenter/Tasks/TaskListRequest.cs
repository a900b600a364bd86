namespace VCRunbooks.VCenter.Tasks;

/// <summary>Body of <c>POST /api/cis/tasks?action=list</c>.</summary>
public sealed record TaskListRequest
{
    /// <summary>Which tasks to list; null lists all (at most 1000).</summary>
    public TaskFilterSpec? FilterSpec { get; init; }
    /// <summary>What to return of each task; null for the server's default.</summary>
    public TaskResultSpec? ResultSpec { get; init; }
}

/// <summary>What a task listing includes of each task.</summary>
public sealed record TaskResultSpec
{
    /// <summary>True to return every field of each task instead of the summary fields.</summary>
    public bool? ReturnAll { get; init; }
    /// <summary>True to leave out each task's <see cref="TaskInfo.Result"/>.</summary>
    public bool? ExcludeResult { get; init; }
}

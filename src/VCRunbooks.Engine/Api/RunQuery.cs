using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine;

/// <summary>Filters for listing runs, newest first.</summary>
public sealed record RunQuery
{
    public string? DefinitionId { get; init; }
    public RunStatus? Status { get; init; }

    /// <summary>Only runs whose <c>target</c> input is this.</summary>
    public string? Target { get; init; }

    /// <summary>Only the child runs this run started (RunRunbook, or a script's RunRunbook call).</summary>
    public string? ParentRunId { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 100;
}

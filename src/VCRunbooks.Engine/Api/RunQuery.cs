using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine;

/// <summary>Filters for listing runs, newest first.</summary>
public sealed record RunQuery
{
    /// <summary>Only runs of this runbook (any version).</summary>
    public string? DefinitionId { get; init; }
    /// <summary>Only runs in this status.</summary>
    public RunStatus? Status { get; init; }

    /// <summary>Only runs whose <c>target</c> input is this.</summary>
    public string? Target { get; init; }

    /// <summary>Only the child runs this run started (RunRunbook, or a script's RunRunbook call).</summary>
    public string? ParentRunId { get; init; }

    /// <summary>How many runs to skip (paging).</summary>
    public int Skip { get; init; }
    /// <summary>The page size, clamped to 1–1,000.</summary>
    public int Take { get; init; } = 100;
}

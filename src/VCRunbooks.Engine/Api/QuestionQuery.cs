namespace VCRunbooks.Engine;

/// <summary>Filters and a page for listing open questions, oldest first.</summary>
public sealed record QuestionQuery
{
    /// <summary>Only questions of this run.</summary>
    public string? RunId { get; init; }

    /// <summary>Only questions of runs of this runbook.</summary>
    public string? DefinitionId { get; init; }

    /// <summary>Only questions of runs whose <c>target</c> input is this.</summary>
    public string? Target { get; init; }

    /// <summary>How many questions to skip (paging); negative counts as 0.</summary>
    public int Skip { get; init; }

    /// <summary>The page size, clamped to 1–1,000.</summary>
    public int Take { get; init; } = 100;
}

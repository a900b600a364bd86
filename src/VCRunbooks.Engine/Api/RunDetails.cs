using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace VCRunbooks.Engine;

/// <summary>A run with its inputs, variables, outputs and what it is waiting on.</summary>
public sealed record RunDetails : RunSummary
{
    /// <summary>An empty instance for object initialisers (the engine builds them from run rows).</summary>
    public RunDetails()
    {
    }

    /// <summary>Takes every summary field from <paramref name="summary"/> (see RunMapping); the details start empty.</summary>
    [SetsRequiredMembers]
    internal RunDetails(RunSummary summary)
        : base(summary)
    {
        Inputs = [];
        Variables = [];
        Outputs = new Dictionary<string, JsonObject>();
        Waiting = [];
    }

    /// <summary>The run's inputs as validated and defaulted at start.</summary>
    public required JsonObject Inputs { get; init; }
    /// <summary>The variables as of the last commit.</summary>
    public required JsonObject Variables { get; init; }
    /// <summary>Each completed activity's outputs by activity id (a later execution of the same activity replaces them).</summary>
    public required IReadOnlyDictionary<string, JsonObject> Outputs { get; init; }
    /// <summary>The timers and events it waits on; empty unless suspended.</summary>
    public required IReadOnlyList<WaitInfo> Waiting { get; init; }
    /// <summary>The step that faulted the run (the one <see cref="IRunbookEngine.RetryAsync"/> puts back); null unless faulted.</summary>
    public string? FaultedActivityId { get; init; }
    /// <summary>How many steps are ready or waiting.</summary>
    public int PendingActivities { get; init; }
}

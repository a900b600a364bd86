using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace VCRunbooks.Engine;

/// <summary>A run with its inputs, variables, outputs and what it is waiting on.</summary>
public sealed record RunDetails : RunSummary
{
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

    public required JsonObject Inputs { get; init; }
    public required JsonObject Variables { get; init; }
    public required IReadOnlyDictionary<string, JsonObject> Outputs { get; init; }
    public required IReadOnlyList<WaitInfo> Waiting { get; init; }
    public string? FaultedActivityId { get; init; }
    public int PendingActivities { get; init; }
}

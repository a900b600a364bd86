using System.Text.Json.Nodes;

namespace VCRunbooks.Contracts.Runs;

/// <summary>A run finished; Variables holds its final variables.</summary>
public sealed record RunCompleted
{
    public required string RunId { get; init; }
    public JsonObject? Variables { get; init; }
    public required DateTimeOffset At { get; init; }
}

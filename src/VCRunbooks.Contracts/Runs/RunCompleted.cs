using System.Text.Json.Nodes;

namespace VCRunbooks.Contracts.Runs;

/// <summary>Published when a run finishes with no branch left; <see cref="Variables"/> holds its final variables.</summary>
public sealed record RunCompleted
{
    /// <summary>The run's id.</summary>
    public required string RunId { get; init; }
    /// <summary>The run's final variables; they hold secret names at most, never secret values.</summary>
    public JsonObject? Variables { get; init; }
    /// <summary>When the run completed (UTC, engine clock).</summary>
    public required DateTimeOffset At { get; init; }
}

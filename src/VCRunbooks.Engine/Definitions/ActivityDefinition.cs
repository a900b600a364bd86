using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Definitions;

/// <summary>One activity of a flowchart. Each input is a JSON literal or an object {"expr": "C# code"}.</summary>
public sealed record ActivityDefinition
{
    /// <summary>The activity's id, unique in the definition: 1–100 letters, digits, '.', '_' or '-', starting with a letter or digit.</summary>
    public required string Id { get; init; }
    /// <summary>The registered activity type name (see <see cref="Activities.IActivityCatalog"/>).</summary>
    public required string Type { get; init; }
    /// <summary>The label the designer shows on the activity; the id when null.</summary>
    public string? DisplayName { get; init; }
    /// <summary>Input values by input name: a literal checked against the input's type at validation, or <c>{"expr": "..."}</c>; inputs left out take their default.</summary>
    public Dictionary<string, JsonNode?> Inputs { get; init; } = [];
    /// <summary>How arriving tokens fire the activity when several connections lead to it.</summary>
    public JoinMode Join { get; init; } = JoinMode.Any;
    /// <summary>The retry policy; null faults on the first error.</summary>
    public RetrySettings? Retry { get; init; }
    /// <summary>How long one attempt may take, suspensions included; on expiry the attempt fails with a <see cref="TimeoutException"/> (retried when a policy allows). Null for no limit.</summary>
    public TimeSpan? Timeout { get; init; }
    /// <summary>The id of the activity that undoes this one, run in reverse completion order if the run later faults; null when nothing needs undoing.</summary>
    public string? Compensation { get; init; }
    /// <summary>Designer metadata (position and the like), stored and ignored by the engine.</summary>
    public JsonObject? Layout { get; init; }
}

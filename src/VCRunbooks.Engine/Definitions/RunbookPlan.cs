using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Expressions;

namespace VCRunbooks.Engine.Definitions;

/// <summary>A validated definition ready to run: lookups by id, the connection graph and its compiled expressions.</summary>
internal sealed class RunbookPlan
{
    public required RunbookDefinition Definition { get; init; }
    public required IReadOnlyDictionary<string, ActivityDefinition> Activities { get; init; }
    public required IReadOnlyDictionary<string, ActivityDescriptor> Descriptors { get; init; }
    public required IReadOnlyDictionary<string, int> ActivityIndex { get; init; }

    /// <summary>Connections leaving (activity, outcome), with their index in the definition.</summary>
    public required IReadOnlyDictionary<(string From, string Outcome), IReadOnlyList<(int Index, string To)>> Outgoing { get; init; }

    /// <summary>Indexes of the connections entering each activity (for join all).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<int>> Inbound { get; init; }

    public required string StartActivityId { get; init; }
    public required CompiledExpressions Expressions { get; init; }

    /// <summary>Set for a script runbook: the compiled code its one step runs.</summary>
    public Scripts.ScriptPlan? Script { get; init; }

    public RunbookPlan WithVersion(int version) => new()
    {
        Definition = Definition with { Version = version },
        Activities = Activities,
        Descriptors = Descriptors,
        ActivityIndex = ActivityIndex,
        Outgoing = Outgoing,
        Inbound = Inbound,
        StartActivityId = StartActivityId,
        Expressions = Expressions,
        Script = Script,
    };

    public static string InputPath(string activityId, int activityIndex, string input) =>
        $"$.activities[{activityIndex}].inputs.{input}";
}

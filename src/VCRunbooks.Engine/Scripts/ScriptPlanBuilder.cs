using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Expressions;

namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// Validates a script runbook's definition and builds its plan: the code read again for its inputs (they must be
/// the ones the definition carries), compiled through the guard, and a two-step plan (Start, then the script) that
/// runs on the engine like any flowchart, so runs, journal, questions, events and live streams are the same.
/// </summary>
internal static class ScriptPlanBuilder
{
    public static RunbookPlan? Build(RunbookDefinition definition, RunbookScript script, ScriptCompiler compiler, IActivityCatalog catalog, List<ValidationError> errors)
    {
        if (definition.Activities.Count > 0 || definition.Connections.Count > 0)
        {
            errors.Add(new("$.script", "a script runbook has no activities or connections: its code is the flow"));
        }

        if (string.IsNullOrWhiteSpace(script.File))
        {
            errors.Add(new("$.script.file", "the script's file name is required (errors name it)"));
        }

        if (script.Hash is { } hash && hash != ScriptRunbook.Hash(script.Code))
        {
            errors.Add(new("$.script.hash", "the hash does not match the code (SHA-256 of its UTF-8 text, lower-case hex)"));
        }

        try
        {
            var declared = ScriptRunbook.Parse(script.File, script.Code);
            if (!SameParameters(declared.Inputs, definition.Inputs))
            {
                errors.Add(new("$.inputs", "the inputs differ from the script's Input<T>(...) declarations; read the definition from the file with ScriptRunbook.Parse"));
            }
        }
        catch (RunbookValidationException ex)
        {
            errors.AddRange(ex.Errors);
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var (compiled, compileErrors) = compiler.Compile(script);
        if (compiled is null)
        {
            errors.AddRange(compileErrors);
            return null;
        }

        var start = new ActivityDefinition { Id = "start", Type = "Start" };
        var step = new ActivityDefinition { Id = RunScript.StepId, Type = RunScript.TypeName };
        return new RunbookPlan
        {
            Definition = definition,
            Activities = new Dictionary<string, ActivityDefinition>(StringComparer.Ordinal) { [start.Id] = start, [step.Id] = step },
            Descriptors = new Dictionary<string, ActivityDescriptor>(StringComparer.Ordinal)
            {
                [start.Id] = catalog.Find("Start") ?? throw new InvalidOperationException("The Start activity is not registered."),
                [step.Id] = RunScript.Descriptor,
            },
            ActivityIndex = new Dictionary<string, int>(StringComparer.Ordinal) { [start.Id] = 0, [step.Id] = 1 },
            Outgoing = new Dictionary<(string, string), IReadOnlyList<(int, string)>> { [(start.Id, "Done")] = [(0, step.Id)] },
            Inbound = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal) { [step.Id] = [0] },
            StartActivityId = start.Id,
            Expressions = CompiledExpressions.Empty,
            Script = new ScriptPlan(compiled, compiler.Api),
        };
    }

    private static bool SameParameters(IReadOnlyList<RunbookParameter> a, IReadOnlyList<RunbookParameter> b) =>
        JsonNode.DeepEquals(JsonSerializer.SerializeToNode(a, RunbookJson.Options), JsonSerializer.SerializeToNode(b, RunbookJson.Options));
}

using System.Text.Json.Nodes;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Server.Simulation;

/// <summary>
/// What makes a runbook safe to simulate: the only way it picks a vCenter is its <c>target</c> input, which the
/// simulation replaces with its throwaway appliance. Anything that could name another target (a literal, another
/// input, FindTargets, a child run, a script) is refused, naming the activity and why.
/// </summary>
internal static class SimulationGuard
{
    private const string TargetInput = "Inputs.target";
    private static readonly HashSet<string> Refused = new(StringComparer.Ordinal) { "FindTargets", "RunRunbook", "RunScript" };

    public static Dictionary<string, string[]> Check(RunbookDefinition definition)
    {
        var errors = new Dictionary<string, string[]>();
        if (definition.Script is not null)
        {
            errors["runbook"] = ["Simulate works on flowchart runbooks: a script's calls cannot be checked for the target they act on before it runs."];
            return errors;
        }
        if (!definition.Inputs.Any(i => i.Name == "target"))
        {
            errors["runbook"] = [$"Runbook '{definition.Id}' has no 'target' input: a simulation gives that input its throwaway appliance."];
        }
        foreach (var activity in definition.Activities)
        {
            if (Refused.Contains(activity.Type))
            {
                errors[$"activities.{activity.Id}"] = [$"'{activity.Id}' is a {activity.Type}, which could reach targets other than the simulated one; Simulate does not run it."];
                continue;
            }
            foreach (var (name, value) in activity.Inputs)
            {
                if (string.Equals(name, "Target", StringComparison.OrdinalIgnoreCase) && !IsTargetInput(value))
                {
                    errors[$"activities.{activity.Id}.inputs.{name}"] = [$"'{activity.Id}' picks its target as {value?.ToJsonString() ?? "null"}; a simulated runbook must give {TargetInput}, so it acts on the simulated appliance only."];
                }
            }
        }
        return errors;
    }

    private static bool IsTargetInput(JsonNode? value) =>
        value is JsonObject o && o["expr"] is JsonValue expr && expr.TryGetValue<string>(out var text) && text.Trim() == TargetInput;
}

using System.Text.Json.Nodes;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Engine.Expressions;

/// <summary>
/// What a C# expression can read: runbook inputs, variables, earlier activities' outputs and the loop item.
/// Public only because the per-definition expression assembly calls it.
/// </summary>
public sealed class ExpressionScope
{
    private readonly JsonObject _inputs;
    private readonly JsonObject _variables;
    private readonly IReadOnlyDictionary<string, JsonObject> _outputs;

    internal ExpressionScope(string runId, JsonObject inputs, JsonObject variables, IReadOnlyDictionary<string, JsonObject> outputs, JsonNode? item, int index)
    {
        RunId = runId;
        _inputs = inputs;
        _variables = variables;
        _outputs = outputs;
        Item = item;
        Index = index;
    }

    public string RunId { get; }
    public JsonNode? Item { get; }
    public int Index { get; }

    public T Input<T>(string name) => Read<T>(_inputs[name], "input", name);

    public T Variable<T>(string name) => Read<T>(_variables[name], "variable", name);

    /// <summary>An output of an earlier activity, or null when it has not run.</summary>
    public JsonNode? Output(string activityId, string name) =>
        _outputs.TryGetValue(activityId, out var o) ? o[name] : null;

    public T Output<T>(string activityId, string name) => Read<T>(Output(activityId, name), "output", $"{activityId}.{name}");

    private static T Read<T>(JsonNode? node, string what, string name)
    {
        if (typeof(JsonNode).IsAssignableFrom(typeof(T)) || typeof(T) == typeof(object))
        {
            return (T)(object)node!;
        }

        if (ValueTypes.TryConvert(node, typeof(T), out var value, out var error))
        {
            return (T)value!;
        }

        throw new InvalidOperationException($"The {what} '{name}' cannot be read as {typeof(T).Name}: {error}.");
    }
}

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

    /// <summary>The id of the run evaluating the expression (<c>RunId</c> in expressions).</summary>
    public string RunId { get; }
    /// <summary>The current ForEach item (<c>Item</c>); null outside a loop body.</summary>
    public JsonNode? Item { get; }
    /// <summary>The current ForEach index (<c>Index</c>); 0 outside a loop body.</summary>
    public int Index { get; }

    /// <summary>A run input read as <typeparamref name="T"/> (<c>Inputs.name</c> compiles to this).</summary>
    /// <exception cref="InvalidOperationException">The value is not a <typeparamref name="T"/>; the message names the input, and the step faults.</exception>
    public T Input<T>(string name) => Read<T>(_inputs[name], "input", name);

    /// <summary>A variable read as <typeparamref name="T"/> (<c>Variables.name</c> compiles to this).</summary>
    /// <exception cref="InvalidOperationException">The value is not a <typeparamref name="T"/>; the message names the variable, and the step faults.</exception>
    public T Variable<T>(string name) => Read<T>(_variables[name], "variable", name);

    /// <summary>An output of an earlier activity, or null when it has not run.</summary>
    public JsonNode? Output(string activityId, string name) =>
        _outputs.TryGetValue(activityId, out var o) ? o[name] : null;

    /// <summary>An earlier activity's output read as <typeparamref name="T"/>, e.g. <c>Output&lt;string&gt;("login", "Session")</c>.</summary>
    /// <exception cref="InvalidOperationException">The value is not a <typeparamref name="T"/> (also when the activity has not run and <typeparamref name="T"/> is a non-nullable value type); the message names the output.</exception>
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

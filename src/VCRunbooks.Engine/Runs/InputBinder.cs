using System.Text.Json.Nodes;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Expressions;

namespace VCRunbooks.Engine.Runs;

/// <summary>Sets an activity's [Input] properties from literals, compiled expressions or defaults, and reads its [Output]s.</summary>
internal static class InputBinder
{
    public static void Bind(Activity activity, RunSession session, RunToken token, ActivityDescriptor descriptor, CancellationToken cancellationToken)
    {
        var definition = session.Plan.Activities[token.ActivityId];
        var activityIndex = session.Plan.ActivityIndex[token.ActivityId];
        ExpressionScope? scope = null;
        foreach (var input in descriptor.Inputs)
        {
            var type = input.Property.PropertyType;
            object? value;
            if (definition.Inputs.TryGetValue(input.Name, out var raw))
            {
                if (RunbookValidator.ExpressionCode(raw) is not null)
                {
                    var frame = token.Loops.Count == 0 ? null : token.Loops[^1];
                    scope ??= new ExpressionScope(session.RunId, session.State.Inputs, session.State.Variables, session.State.Outputs, frame?.Item, frame?.Index ?? -1);
                    var path = RunbookPlan.InputPath(token.ActivityId, activityIndex, input.Name);
                    value = session.Plan.Expressions.Evaluate(path, scope, session.CodeLimits, cancellationToken);
                    if (typeof(JsonNode).IsAssignableFrom(type) || ValueTypes.EnumOf(type) is not null)
                    {
                        value = ConvertNode(ValueTypes.ToNode(value), type, input.Name);
                    }
                }
                else
                {
                    value = ConvertNode(raw, type, input.Name);
                }
            }
            else if (input.Default is not null)
            {
                value = ConvertNode(input.Default, type, input.Name);
            }
            else
            {
                continue;
            }

            input.Property.SetValue(activity, value);
        }
    }

    public static JsonObject ReadOutputs(Activity activity, ActivityDescriptor descriptor)
    {
        var outputs = new JsonObject();
        foreach (var output in descriptor.Outputs)
        {
            outputs[output.Name] = ValueTypes.ToNode(output.Property.GetValue(activity));
        }

        return outputs;
    }

    private static object? ConvertNode(JsonNode? node, Type type, string name) =>
        ValueTypes.TryConvert(node, type, out var value, out var error)
            ? value
            : throw new InvalidOperationException($"Input '{name}' has the wrong type: {error}.");
}

using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Engine.Tests.Infrastructure;

/// <summary>A terse builder for definitions in tests.</summary>
public sealed class Def
{
    private readonly List<RunbookParameter> _inputs = [];
    private readonly List<RunbookParameter> _variables = [];
    private readonly List<ActivityDefinition> _activities = [];
    private readonly List<ConnectionDefinition> _connections = [];
    private readonly string _id;

    private Def(string id) => _id = id;

    public static Def New(string id) => new Def(id).Act("start", "Start");

    public static JsonObject Expr(string code) => new() { ["expr"] = code };

    public Def Input(string name, string type, JsonNode? defaultValue = null, bool required = false)
    {
        _inputs.Add(new RunbookParameter { Name = name, Type = type, Default = defaultValue, Required = required });
        return this;
    }

    public Def Var(string name, string type, JsonNode? defaultValue = null)
    {
        _variables.Add(new RunbookParameter { Name = name, Type = type, Default = defaultValue });
        return this;
    }

    public Def Act(string activityId, string type, object? inputValues = null, Func<ActivityDefinition, ActivityDefinition>? with = null)
    {
        var values = inputValues is null
            ? []
            : JsonSerializer.SerializeToNode(inputValues)!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value?.DeepClone());
        var activity = new ActivityDefinition { Id = activityId, Type = type, Inputs = values };
        _activities.Add(with is null ? activity : with(activity));
        return this;
    }

    public Def Link(string from, string to, string outcome = "Done")
    {
        _connections.Add(new ConnectionDefinition { From = from, To = to, Outcome = outcome });
        return this;
    }

    /// <summary>Connects the activities one after another on Done.</summary>
    public Def Chain(params string[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            Link(ids[i - 1], ids[i]);
        }

        return this;
    }

    public RunbookDefinition Build() => new()
    {
        Id = _id,
        Name = $"Test {_id}",
        Inputs = _inputs,
        Variables = _variables,
        Activities = _activities,
        Connections = _connections,
    };
}

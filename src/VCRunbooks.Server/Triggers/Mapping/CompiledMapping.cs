using System.Text.Json.Nodes;
using VCRunbooks.Server.Triggers.Definitions;

namespace VCRunbooks.Server.Triggers.Mapping;

/// <summary>A webhook trigger's conditions, batch path, inputs and key, compiled once; maps a payload to the runs it asks for.</summary>
internal sealed class CompiledMapping
{
    private readonly IReadOnlyList<CompiledCondition> _all;
    private readonly IReadOnlyList<CompiledCondition> _any;
    private readonly PayloadPath? _batch;
    private readonly IReadOnlyList<(string Name, ValueTemplate Value)> _inputs;
    private readonly ValueTemplate? _key;

    private CompiledMapping(IReadOnlyList<CompiledCondition> all, IReadOnlyList<CompiledCondition> any, PayloadPath? batch,
        IReadOnlyList<(string, ValueTemplate)> inputs, ValueTemplate? key)
    {
        _all = all;
        _any = any;
        _batch = batch;
        _inputs = inputs;
        _key = key;
    }

    /// <summary>The mapping, or the errors of its parts by JSON path in the trigger file.</summary>
    public static (CompiledMapping? Mapping, List<Definitions.TriggerError> Errors) Compile(WebhookTrigger trigger)
    {
        var errors = new List<Definitions.TriggerError>();
        List<CompiledCondition> Conditions(IReadOnlyList<MatchCondition> list, string name)
        {
            var compiled = new List<CompiledCondition>();
            for (var i = 0; i < list.Count; i++)
            {
                var (condition, error) = CompiledCondition.Compile(list[i]);
                if (error is not null)
                {
                    errors.Add(new($"$.match.{name}[{i}]", error));
                }
                else
                {
                    compiled.Add(condition!);
                }
            }
            return compiled;
        }
        var all = Conditions(trigger.Match.All, "all");
        var any = Conditions(trigger.Match.Any, "any");
        PayloadPath? batch = null;
        if (trigger.Batch is { } batchText)
        {
            var (path, error) = PayloadPath.Parse(batchText);
            if (error is not null || path!.Root != PathRoot.Item)
            {
                errors.Add(new("$.batch", error ?? "the batch path starts at $ (the payload)"));
            }
            batch = path;
        }
        var inputs = new List<(string, ValueTemplate)>();
        foreach (var (name, value) in trigger.Inputs)
        {
            var (template, error) = ValueTemplate.Parse(value);
            if (error is not null)
            {
                errors.Add(new($"$.inputs.{name}", error));
            }
            else
            {
                inputs.Add((name, template!));
            }
        }
        ValueTemplate? key = null;
        if (trigger.IdempotencyKey is { } keyText)
        {
            var (template, error) = ValueTemplate.Parse(JsonValue.Create(keyText));
            if (error is not null)
            {
                errors.Add(new("$.idempotencyKey", error));
            }
            key = template;
        }
        return errors.Count > 0 ? (null, errors) : (new CompiledMapping(all, any, batch, inputs, key), errors);
    }

    /// <summary>The items a payload holds: the batch array's, or the payload itself; null with a reason when the batch path is no array.</summary>
    public (IReadOnlyList<JsonNode?>? Items, string? Error) Items(JsonNode payload, IReadOnlyDictionary<string, string> headers)
    {
        if (_batch is null)
        {
            return ([payload], null);
        }
        return _batch.Select(new PayloadScope(payload, payload, headers)) is JsonArray array
            ? (array.ToList(), null)
            : (null, $"the batch path {_batch.Text} is not an array in this payload");
    }

    /// <summary>Null when the item matches; otherwise the first reason it does not.</summary>
    public string? Mismatch(PayloadScope scope)
    {
        foreach (var condition in _all)
        {
            if (condition.Check(scope) is { } reason)
            {
                return reason;
            }
        }
        if (_any.Count == 0)
        {
            return null;
        }
        var reasons = new List<string>();
        foreach (var condition in _any)
        {
            if (condition.Check(scope) is not { } reason)
            {
                return null;
            }
            reasons.Add(reason);
        }
        return "none of the 'any' conditions holds: " + string.Join("; ", reasons);
    }

    /// <summary>The run's inputs for an item; <paramref name="missing"/> lists inputs whose path found nothing (they are left out).</summary>
    public JsonObject Inputs(PayloadScope scope, List<string> missing)
    {
        var inputs = new JsonObject();
        foreach (var (name, template) in _inputs)
        {
            var value = template.Render(scope, out var absent);
            if (absent is not null)
            {
                missing.Add($"{name} ({absent} found nothing)");
                continue;
            }
            inputs[name] = value;
        }
        return inputs;
    }

    /// <summary>The item's key from the trigger's template, or null to use the delivery id.</summary>
    public string? Key(PayloadScope scope) => _key is null ? null : PayloadPath.AsText(_key.Render(scope, out _));
}

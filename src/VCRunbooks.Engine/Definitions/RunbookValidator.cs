using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Expressions;
using VCRunbooks.Engine.Scripts;

namespace VCRunbooks.Engine.Definitions;

/// <summary>Checks a definition against the activity catalog and compiles its expressions into a plan.</summary>
internal sealed class RunbookValidator
{
    private readonly IActivityCatalog _catalog;
    private readonly CompiledExpressionCache _cache;

    public RunbookValidator(IActivityCatalog catalog, EngineOptions options)
    {
        _catalog = catalog;
        _cache = new CompiledExpressionCache(options.CompiledExpressionsPath);
        Scripts = new ScriptCompiler(catalog, options);
    }

    /// <summary>The on-disk store of compiled expression assemblies this validator reads and writes.</summary>
    internal CompiledExpressionCache ExpressionCache => _cache;

    /// <summary>Compiles script runbooks (once per content hash) against the API generated from this catalog.</summary>
    internal ScriptCompiler Scripts { get; }

    /// <summary>Every problem found, each with a JSON path and a reason; empty when the definition is valid.</summary>
    public IReadOnlyList<ValidationError> Validate(RunbookDefinition definition) => Build(definition).Errors;

    internal (RunbookPlan? Plan, IReadOnlyList<ValidationError> Errors) Build(RunbookDefinition definition)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(definition.Id))
        {
            errors.Add(new("$.id", "the id is required"));
        }
        else if (RunbookLimits.CheckId(definition.Id) is { } idError)
        {
            errors.Add(new("$.id", idError));
        }

        if (CheckSize(definition) is { } tooLarge)
        {
            // Nothing else is checked: walking or compiling an oversized definition is the cost the limit avoids.
            return (null, [tooLarge]);
        }

        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            errors.Add(new("$.name", "the name is required"));
        }

        CheckText("$.name", definition.Name, 200, errors);
        CheckText("$.description", definition.Description, 4_000, errors);

        if (definition.Version < 0)
        {
            errors.Add(new("$.version", "the version must be 0 (assign on publish) or positive"));
        }

        CheckParameters(definition.Inputs, "$.inputs", errors);
        CheckParameters(definition.Variables, "$.variables", errors);
        if (definition.Script is { } script)
        {
            var scriptPlan = errors.Count == 0 ? ScriptPlanBuilder.Build(definition, script, Scripts, _catalog, errors) : null;
            return (scriptPlan, scriptPlan is null ? errors : []);
        }

        var activities = new Dictionary<string, ActivityDefinition>(StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var descriptors = new Dictionary<string, ActivityDescriptor>(StringComparer.Ordinal);
        var expressions = new List<ExpressionSource>();
        for (var i = 0; i < definition.Activities.Count; i++)
        {
            var a = definition.Activities[i];
            var path = $"$.activities[{i}]";
            if (string.IsNullOrWhiteSpace(a.Id))
            {
                errors.Add(new($"{path}.id", "the activity id is required"));
                continue;
            }

            if (!activities.TryAdd(a.Id, a))
            {
                errors.Add(new($"{path}.id", $"duplicate activity id '{a.Id}'"));
                continue;
            }

            index[a.Id] = i;
            var descriptor = _catalog.Find(a.Type);
            if (descriptor is null)
            {
                errors.Add(new($"{path}.type", $"unknown activity type '{a.Type}'"));
                continue;
            }

            descriptors[a.Id] = descriptor;
            CheckInputs(a, descriptor, path, expressions, errors);
            CheckPolicy(a, path, errors);
        }

        var starts = definition.Activities.Where(a => descriptors.TryGetValue(a.Id, out var d) && d.Type == "Start").ToList();
        if (starts.Count != 1)
        {
            errors.Add(new("$.activities", $"a runbook needs exactly one Start activity, found {starts.Count}"));
        }

        foreach (var a in definition.Activities.Where(a => a.Compensation is not null))
        {
            if (!activities.ContainsKey(a.Compensation!))
            {
                errors.Add(new($"$.activities[{index.GetValueOrDefault(a.Id)}].compensation", $"compensation names the missing activity '{a.Compensation}'"));
            }
        }

        var outgoing = new Dictionary<(string, string), List<(int, string)>>();
        var inbound = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Connections.Count; i++)
        {
            var c = definition.Connections[i];
            var path = $"$.connections[{i}]";
            var ok = true;
            if (!activities.ContainsKey(c.From))
            {
                errors.Add(new($"{path}.from", $"connection from the missing activity '{c.From}'"));
                ok = false;
            }
            else if (descriptors.TryGetValue(c.From, out var d) && !HasOutcome(activities[c.From], d, c.Outcome))
            {
                errors.Add(new($"{path}.outcome", $"activity '{c.From}' ({d.Type}) has no outcome '{c.Outcome}'; it has {string.Join(", ", Outcomes(activities[c.From], d))}"));
                ok = false;
            }

            if (!activities.ContainsKey(c.To))
            {
                errors.Add(new($"{path}.to", $"connection to the missing activity '{c.To}'"));
                ok = false;
            }

            if (ok)
            {
                CollectionsMarshalAdd(outgoing, (c.From, c.Outcome), (i, c.To));
                CollectionsMarshalAdd(inbound, c.To, i);
            }
        }

        var startId = starts.Count == 1 ? starts[0].Id : null;
        if (startId is not null)
        {
            GraphChecks.Unreachable(definition, startId, outgoing, index, errors);
        }

        GraphChecks.BusyCycles(definition, descriptors, outgoing, errors);

        var compiled = CompiledExpressions.Empty;
        if (errors.Count == 0 && expressions.Count > 0)
        {
            var (result, diagnostics) = ExpressionCompiler.Compile(
                $"runbook-{definition.Id}-{definition.Version}-{Guid.NewGuid():N}", definition.Inputs, definition.Variables, expressions, _cache);
            errors.AddRange(diagnostics.Select(d => new ValidationError(d.Path, $"C# error {d.Id} at line {d.Line}, column {d.Column}: {d.Message}")));
            compiled = result ?? CompiledExpressions.Empty;
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new RunbookPlan
        {
            Definition = definition,
            Activities = activities,
            Descriptors = descriptors,
            ActivityIndex = index,
            Outgoing = outgoing.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<(int, string)>)kv.Value),
            Inbound = inbound.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<int>)kv.Value, StringComparer.Ordinal),
            StartActivityId = startId!,
            Expressions = compiled,
        }, []);
    }

    internal static IEnumerable<string> Outcomes(ActivityDefinition activity, ActivityDescriptor descriptor)
    {
        foreach (var o in descriptor.Outcomes)
        {
            yield return o;
        }

        if (descriptor.DynamicOutcomesInput is { } input && activity.Inputs.GetValueOrDefault(input) is JsonArray cases)
        {
            foreach (var c in cases)
            {
                if (c?.GetValueKind() == System.Text.Json.JsonValueKind.String)
                {
                    yield return c.GetValue<string>();
                }
            }
        }
    }

    private static bool HasOutcome(ActivityDefinition activity, ActivityDescriptor descriptor, string outcome)
    {
        // A dynamic outcome list given by an expression is only known at run time.
        if (descriptor.DynamicOutcomesInput is { } input && ExpressionCode(activity.Inputs.GetValueOrDefault(input)) is not null)
        {
            return true;
        }

        return Outcomes(activity, descriptor).Contains(outcome, StringComparer.Ordinal);
    }

    /// <summary>Names and descriptions are shown in consoles, chat and logs: bounded, and no control characters.</summary>
    private static void CheckText(string path, string? text, int maxLength, List<ValidationError> errors)
    {
        if (text is null)
        {
            return;
        }

        if (text.Length > maxLength)
        {
            errors.Add(new(path, $"must be at most {maxLength} characters; it has {text.Length}"));
        }
        else if (FirstControlCharacter(text) is var at and >= 0)
        {
            errors.Add(new(path, $"must not contain control characters (U+{(int)text[at]:X4} at position {at + 1})"));
        }
    }

    private static int FirstControlCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) && text[i] is not ('\n' or '\r' or '\t'))
            {
                return i;
            }
        }

        return -1;
    }

    private static ValidationError? CheckSize(RunbookDefinition definition)
    {
        if (definition.Activities.Count > RunbookLimits.MaxActivities)
        {
            return new("$.activities", $"a runbook has at most {RunbookLimits.MaxActivities} activities; this one has {definition.Activities.Count}");
        }

        if (definition.Connections.Count > RunbookLimits.MaxConnections)
        {
            return new("$.connections", $"a runbook has at most {RunbookLimits.MaxConnections} connections; this one has {definition.Connections.Count}");
        }

        var expressions = definition.Activities.Sum(a => a.Inputs.Values.Count(v => ExpressionCode(v) is not null));
        return expressions > RunbookLimits.MaxExpressions
            ? new("$.activities", $"a runbook has at most {RunbookLimits.MaxExpressions} C# expressions; this one has {expressions}")
            : null;
    }

    internal static string? ExpressionCode(JsonNode? value) =>
        value is JsonObject { Count: 1 } o && o["expr"] is JsonValue v && v.TryGetValue<string>(out var code) ? code : null;

    private static void CheckInputs(ActivityDefinition a, ActivityDescriptor descriptor, string path, List<ExpressionSource> expressions, List<ValidationError> errors)
    {
        foreach (var (name, value) in a.Inputs)
        {
            var input = descriptor.Inputs.FirstOrDefault(i => i.Name == name);
            var inputPath = $"{path}.inputs.{name}";
            if (input is null)
            {
                errors.Add(new(inputPath, $"activity type '{descriptor.Type}' has no input '{name}'; it has {string.Join(", ", descriptor.Inputs.Select(i => i.Name))}"));
                continue;
            }

            if (ExpressionCode(value) is { } code)
            {
                expressions.Add(new ExpressionSource(inputPath, code, ValueTypes.ExpressionTypeOf(input.Property.PropertyType)));
            }
            else if (value is JsonObject o && o.ContainsKey("expr"))
            {
                errors.Add(new(inputPath, "an expression is {\"expr\": \"C# code\"} with a string and nothing else"));
            }
            else if (!ValueTypes.TryConvert(value, input.Property.PropertyType, out _, out var error))
            {
                errors.Add(new(inputPath, $"wrong input type: {error}"));
            }
        }

        foreach (var input in descriptor.Inputs.Where(i => i.Required && i.Default is null && !a.Inputs.ContainsKey(i.Name)))
        {
            errors.Add(new($"{path}.inputs", $"missing required input '{input.Name}' of {descriptor.Type}"));
        }
    }

    private static void CheckPolicy(ActivityDefinition a, string path, List<ValidationError> errors)
    {
        if (a.Retry is { } r)
        {
            if (r.MaxAttempts < 1)
            {
                errors.Add(new($"{path}.retry.maxAttempts", "must be at least 1"));
            }

            if (r.BackoffMultiplier < 1)
            {
                errors.Add(new($"{path}.retry.backoffMultiplier", "must be at least 1"));
            }

            if (r.Jitter is < 0 or > 1)
            {
                errors.Add(new($"{path}.retry.jitter", "must be between 0 and 1"));
            }

            if (r.InitialDelay < TimeSpan.Zero || r.MaxDelay < r.InitialDelay)
            {
                errors.Add(new($"{path}.retry", "initialDelay must be non-negative and not above maxDelay"));
            }
        }

        if (a.Timeout is { } t && t <= TimeSpan.Zero)
        {
            errors.Add(new($"{path}.timeout", "must be positive"));
        }
    }

    private static void CheckParameters(IReadOnlyList<RunbookParameter> parameters, string path, List<ValidationError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < parameters.Count; i++)
        {
            var p = parameters[i];
            if (!SyntaxFacts.IsValidIdentifier(p.Name) || SyntaxFacts.GetKeywordKind(p.Name) != SyntaxKind.None)
            {
                errors.Add(new($"{path}[{i}].name", $"'{p.Name}' is not a valid name (letters, digits, underscore; not a C# keyword)"));
            }
            else if (!seen.Add(p.Name))
            {
                errors.Add(new($"{path}[{i}].name", $"duplicate name '{p.Name}'"));
            }

            if (!ValueTypes.TryGetClrType(p.Type, out var clr))
            {
                errors.Add(new($"{path}[{i}].type", $"unknown type '{p.Type}'; use one of {string.Join(", ", ValueTypes.Names)}"));
            }
            else if (p.Default is not null && !ValueTypes.TryConvert(p.Default, clr, out _, out var error))
            {
                errors.Add(new($"{path}[{i}].default", $"wrong default type: {error}"));
            }
        }
    }

    private static void CollectionsMarshalAdd<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Runs;

/// <summary>Builds a new run pinned to a plan's version: checked inputs, default variables, a token at Start.</summary>
internal static class RunFactory
{
    public static (RunRecord Record, OutboxRecord Started) Create(RunbookPlan plan, JsonObject? inputs, string runId, string? parentRunId, string? idempotencyKey, long nowMs)
    {
        var definition = plan.Definition;
        var state = new RunState { Inputs = CheckInputs(definition, inputs) };
        foreach (var v in definition.Variables)
        {
            state.Variables[v.Name] = v.Default?.DeepClone();
        }

        state.Tokens.Add(new RunToken { Id = state.NextTokenId++, ActivityId = plan.StartActivityId, Status = TokenStatus.Ready });
        var record = new RunRecord
        {
            Id = runId,
            DefinitionId = definition.Id,
            DefinitionVersion = definition.Version,
            Status = nameof(RunStatus.Running),
            State = RunStateJson.Serialize(state),
            ParentRunId = parentRunId,
            IdempotencyKey = idempotencyKey,
            Target = state.Inputs["target"] is JsonValue target && target.TryGetValue<string>(out var name) && name.Length <= 200 ? name : null,
            CreatedAtMs = nowMs,
            UpdatedAtMs = nowMs,
            Revision = 0,
        };
        var started = new RunStarted
        {
            RunId = runId,
            DefinitionId = definition.Id,
            Version = definition.Version,
            ParentRunId = parentRunId,
            At = DateTimeOffset.FromUnixTimeMilliseconds(nowMs),
        };
        var outbox = new OutboxRecord
        {
            RunId = runId,
            Type = nameof(RunStarted),
            Payload = JsonSerializer.Serialize(started, RunEventJson.Default.RunStarted),
            CreatedAtMs = nowMs,
        };
        return (record, outbox);
    }

    /// <summary>Applies defaults and types; a wrong or missing input is the caller's mistake (ArgumentException).</summary>
    internal static JsonObject CheckInputs(RunbookDefinition definition, JsonObject? inputs)
    {
        var result = new JsonObject();
        var problems = new List<string>();
        foreach (var name in inputs?.Select(kv => kv.Key) ?? [])
        {
            if (!definition.Inputs.Any(i => i.Name == name))
            {
                problems.Add($"unknown input '{name}'");
            }
        }

        foreach (var input in definition.Inputs)
        {
            var given = inputs is not null && inputs.ContainsKey(input.Name);
            var value = given ? inputs![input.Name] : input.Default;
            if (!given && input.Default is null)
            {
                if (input.Required)
                {
                    problems.Add($"missing required input '{input.Name}'");
                }

                result[input.Name] = null;
                continue;
            }

            ValueTypes.TryGetClrType(input.Type, out var clr);
            if (!ValueTypes.TryConvert(value, clr ?? typeof(JsonNode), out _, out var error))
            {
                problems.Add($"input '{input.Name}': {error}");
            }

            result[input.Name] = value?.DeepClone();
        }

        if (problems.Count > 0)
        {
            throw new EngineArgumentException($"Runbook '{definition.Id}' v{definition.Version} rejected its inputs: {string.Join("; ", problems)}.", nameof(inputs));
        }

        return result;
    }
}

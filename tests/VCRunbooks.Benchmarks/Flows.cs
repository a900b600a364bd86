using System.Text.Json.Nodes;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Benchmarks;

/// <summary>The runbooks the benchmarks run.</summary>
internal static class Flows
{
    public static RunbookDefinition Chain(string id, IEnumerable<ActivityDefinition> body, IReadOnlyList<RunbookParameter>? variables = null, IReadOnlyList<RunbookParameter>? inputs = null)
    {
        var activities = new List<ActivityDefinition> { new() { Id = "start", Type = "Start" } };
        activities.AddRange(body);
        return new RunbookDefinition
        {
            Id = id,
            Name = id,
            Inputs = inputs ?? [],
            Variables = variables ?? [],
            Activities = activities,
            Connections = activities.Zip(activities.Skip(1), (a, b) => new ConnectionDefinition { From = a.Id, To = b.Id }).ToList(),
        };
    }

    public static RunbookDefinition Noops(string id, int count) =>
        Chain(id, Enumerable.Range(1, count).Select(i => new ActivityDefinition { Id = $"n{i}", Type = "Noop" }));

    public static RunbookDefinition WaitThenStamp(string id)
    {
        var flow = Chain(id,
        [
            new ActivityDefinition { Id = "wait", Type = "WaitForEvent", Inputs = { ["EventName"] = "go", ["CorrelationKey"] = new JsonObject { ["expr"] = "RunId" } } },
            new ActivityDefinition { Id = "stamp", Type = "Stamp" },
        ]);
        return flow with { Connections = [flow.Connections[0], flow.Connections[1] with { Outcome = "Received" }] };
    }

    public static RunbookDefinition DelayThenNoop(string id) => Chain(id,
    [
        new ActivityDefinition { Id = "wait", Type = "Delay", Inputs = { ["Duration"] = "00:01:00" } },
        new ActivityDefinition { Id = "after", Type = "Noop" },
    ]);

    /// <summary>50 SetVariable steps, each with its own C# expression.</summary>
    public static RunbookDefinition Expressions(string id, string op) => Chain(
        id,
        Enumerable.Range(0, 50).Select(i => new ActivityDefinition
        {
            Id = $"e{i}",
            Type = "SetVariable",
            Inputs =
            {
                ["Name"] = $"v{i}",
                ["Value"] = new JsonObject { ["expr"] = i == 0 ? "Inputs.seed + 1" : $"Variables.v{i - 1} {op} {i}" },
            },
        }),
        Enumerable.Range(0, 50).Select(i => new RunbookParameter { Name = $"v{i}", Type = "int", Default = 0 }).ToList(),
        [new RunbookParameter { Name = "seed", Type = "int", Default = 1 }]);
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Benchmarks;

/// <summary>Validating large definitions: at the expression and activity limits, and over them (the hardening report's 5,000).</summary>
internal static class ValidationBenchmark
{
    public static async Task<IReadOnlyList<string>> RunAsync()
    {
        await using var bench = await BenchEngine.StartAsync();
        bench.Engine.Validate(Chain("warm-up", 10, AskInputs));
        var lines = new List<string> { "validating large runbooks (one validation each, after a warm-up):" };
        foreach (var (name, definition) in new[]
        {
            ("2,000 expressions (500 Ask activities x 4)", Chain("asks", 500, AskInputs)),
            ("5,000 expressions (over the limit)", Chain("asks-over", 1_250, AskInputs)),
            ("2,000 activities, 1,999 expressions (Log)", Chain("logs", RunbookLimits.MaxActivities - 1, i => new() { ["Message"] = Expr($"\"step \" + {i}") })),
            ("2,001 activities (over the limit)", Chain("over", RunbookLimits.MaxActivities, i => new() { ["Message"] = "x" })),
        })
        {
            var watch = Stopwatch.StartNew();
            var errors = bench.Engine.Validate(definition);
            lines.Add($"  {name,-48} {watch.Elapsed.TotalMilliseconds,8:F0} ms, {errors.Count} errors");
        }

        return lines;
    }

    private static Dictionary<string, JsonNode?> AskInputs(int i) => new()
    {
        ["Question"] = Expr($"\"Proceed with step {i}?\""),
        ["AllowedAnswers"] = Expr("new[] { \"Done\", \"no\" }"),
        ["DefaultAnswer"] = Expr("\"Done\""),
        ["Timeout"] = Expr($"TimeSpan.FromMinutes({i % 60 + 1})"),
    };

    private static JsonObject Expr(string code) => new() { ["expr"] = code };

    private static RunbookDefinition Chain(string id, int count, Func<int, Dictionary<string, JsonNode?>> inputs)
    {
        var type = inputs(0).ContainsKey("Question") ? "Ask" : "Log";
        var activities = new List<ActivityDefinition> { new() { Id = "start", Type = "Start" } };
        activities.AddRange(Enumerable.Range(0, count).Select(i => new ActivityDefinition { Id = $"a{i}", Type = type, Inputs = inputs(i) }));
        var connections = Enumerable.Range(0, count).Select(i => new ConnectionDefinition { From = i == 0 ? "start" : $"a{i - 1}", To = $"a{i}" }).ToList();
        return new RunbookDefinition { Id = id, Name = id, Activities = activities, Connections = connections };
    }
}

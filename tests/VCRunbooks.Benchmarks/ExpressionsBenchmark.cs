using System.Diagnostics;
using System.Text.Json.Nodes;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Testing;

namespace VCRunbooks.Benchmarks;

/// <summary>First run of a runbook with 50 C# expressions: cold (first compile in the process) and warm.</summary>
internal static class ExpressionsBenchmark
{
    public static async Task<IReadOnlyList<string>> RunAsync()
    {
        var watch = Stopwatch.StartNew();
        await using var bench = await BenchEngine.StartAsync();
        var engineStart = watch.Elapsed;

        var cold = await PublishAndRunAsync(bench, "expr-cold", "+");
        var warm = await PublishAndRunAsync(bench, "expr-warm", "*");
        watch.Restart();
        var run = await bench.Engine.StartRunAsync("expr-warm", new JsonObject { ["seed"] = 2 });
        await bench.IdleAsync();
        var compiled = watch.Elapsed;
        var details = await bench.Engine.GetRunAsync(run.Id);
        if (details!.Status != RunStatus.Completed)
        {
            throw new InvalidOperationException($"The expression runbook ended {details.Status}: {details.Error}");
        }

        // The same 50 expressions through the on-disk cache: the first compile stores, the next (a restart) loads.
        var folder = Directory.CreateTempSubdirectory("vcr-bench-compiled-").FullName;
        var definition = Flows.Expressions("expr-cached", "-");
        var sources = definition.Activities.Where(a => a.Inputs.ContainsKey("Value"))
            .Select((a, i) => ($"$.activities[{i + 1}].inputs.Value", a.Inputs["Value"]!["expr"]!.GetValue<string>())).ToList();
        ExpressionCompilerProbe.Compile("cached", definition.Inputs, definition.Variables, sources, folder);
        watch.Restart();
        var fromCache = ExpressionCompilerProbe.Compile("cached", definition.Inputs, definition.Variables, sources, folder);
        var loaded = watch.Elapsed;
        Directory.Delete(folder, recursive: true);
        if (fromCache.Errors.Count > 0)
        {
            throw new InvalidOperationException("The cached expressions did not load.");
        }

        return
        [
            "runbook with 50 C# expressions (publish = validate + one Roslyn compilation):",
            $"  engine start (schema, EF model) {engineStart.TotalMilliseconds:F0} ms",
            $"  cold: first publish + first run in the process {cold.TotalMilliseconds:F0} ms",
            $"  warm: publish + first run of another 50-expression runbook {warm.TotalMilliseconds:F0} ms",
            $"  run of an already compiled version {compiled.TotalMilliseconds:F1} ms",
            $"  50 expressions loaded from the on-disk cache (a restart) {loaded.TotalMilliseconds:F1} ms",
        ];
    }

    private static async Task<TimeSpan> PublishAndRunAsync(BenchEngine bench, string id, string op)
    {
        var watch = Stopwatch.StartNew();
        await bench.Engine.PublishAsync(Flows.Expressions(id, op));
        await bench.Engine.StartRunAsync(id);
        await bench.IdleAsync();
        return watch.Elapsed;
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using VCRunbooks.Engine.CodeGuard;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Testing;

namespace VCRunbooks.Benchmarks;

/// <summary>What one evaluation of a compiled expression costs, guard included (its budget object and checks).</summary>
internal static class ExpressionEvaluationBenchmark
{
    private static readonly (string Name, string Code)[] Cases =
    [
        ("arithmetic", "Inputs.n * 2 + 1"),
        ("string concat", "\"Patching \" + Inputs.names[0] + \" to \" + Inputs.n"),
        ("LINQ over 10 names", "string.Join(\",\", Inputs.names.Where(x => x.StartsWith(\"vc\")).Select(x => x.ToUpperInvariant()))"),
    ];

    public static IReadOnlyList<string> Run(int evaluations = 200_000)
    {
        RunbookParameter[] inputs = [new() { Name = "n", Type = "int" }, new() { Name = "names", Type = "string[]" }];
        var probe = ExpressionCompilerProbe.Compile("bench-eval", inputs, [], [.. Cases.Select((c, i) => ($"$.e{i}", c.Code))]);
        if (probe.Errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", probe.Errors));
        }

        var names = new JsonArray(Enumerable.Range(0, 10).Select(i => (JsonNode)(i % 2 == 0 ? $"vcsa-{i:D2}" : $"esx-{i:D2}")).ToArray());
        var limits = new CodeLimits();
        var lines = new List<string> { $"expression evaluation, guarded ({evaluations:N0} evaluations each, after 20,000 warm-up):" };
        for (var c = 0; c < Cases.Length; c++)
        {
            var evaluate = probe.Evaluator($"$.e{c}", new JsonObject { ["n"] = 21, ["names"] = names.DeepClone() }, limits);
            for (var i = 0; i < 20_000; i++)
            {
                evaluate();
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < evaluations; i++)
            {
                evaluate();
            }

            var ns = watch.Elapsed.TotalNanoseconds / evaluations;
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / evaluations;
            lines.Add($"  {Cases[c].Name,-20} {ns,8:F0} ns  {bytes,6} B per evaluation");
        }

        return lines;
    }
}

using System.Diagnostics;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Scripts;
using VCRunbooks.Engine.Testing;

namespace VCRunbooks.Benchmarks;

/// <summary>
/// Script runbooks: cold first run, start from the compile cache, per-activity overhead against the same flow as
/// JSON, replay cost by recorded calls, and 1,000 versions compiled and dropped (memory must stay flat).
/// </summary>
internal static class ScriptsBenchmark
{
    private const int Activities = 100;

    public static async Task<IReadOnlyList<string>> RunAsync(int versions)
    {
        var lines = new List<string> { "script runbooks:" };
        var folder = Directory.CreateTempSubdirectory("vcr-bench-scripts-").FullName;
        try
        {
            await using (var bench = await BenchEngine.StartAsync(o => o.CompiledExpressionsPath = folder))
            {
                var watch = Stopwatch.StartNew();
                await PublishAndRunAsync(bench, "cold", "await Noop();");
                lines.Add($"  cold: first publish (compile) + first run of a script in the process {watch.Elapsed.TotalMilliseconds:F0} ms");
                watch.Restart();
                await PublishAndRunAsync(bench, "warm", "await Noop(); await Noop();");
                lines.Add($"  warm: publish (compile) + first run of another script {watch.Elapsed.TotalMilliseconds:F0} ms");
                watch.Restart();
                await RunAsync(bench, "warm");
                lines.Add($"  run of an already compiled version (start, one pass, commit) {watch.Elapsed.TotalMilliseconds:F1} ms");

                lines.AddRange(await OverheadAsync(bench));
                lines.AddRange(await ReplayAsync(bench));
            }

            lines.Add(FromDiskCache(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        lines.AddRange(CompileAndDrop(versions));
        return lines;
    }

    /// <summary>The same 100 no-op activities as a script and as a JSON chain; median run, per activity.</summary>
    private static async Task<IEnumerable<string>> OverheadAsync(BenchEngine bench)
    {
        await bench.Engine.PublishAsync(Flows.Noops("noops-json", Activities));
        await bench.Engine.PublishAsync(ScriptRunbook.Parse("bench/noops.csx", $"// id: noops-script\nfor (var i = 0; i < {Activities}; i++) {{ await Noop(); }}\n"));
        var json = await MedianAsync(bench, "noops-json");
        var script = await MedianAsync(bench, "noops-script");
        return
        [
            $"  per activity, {Activities} no-op activities in one run (median of 30 after 30 warm-up runs):",
            $"    JSON flowchart {json.TotalMicroseconds / Activities:F1} µs, script {script.TotalMicroseconds / Activities:F1} µs ({script / json:F2}× the JSON time)",
        ];
    }

    /// <summary>A run with N recorded calls waits on an event; the pass the event starts replays all N, then completes.</summary>
    private static async Task<List<string>> ReplayAsync(BenchEngine bench)
    {
        var lines = new List<string> { "  replay: the pass after a wait re-runs the script with N recorded calls (load, replay, complete, commit); median of 5:" };
        foreach (var calls in new[] { 10, 100, 1000 })
        {
            var id = $"replay-{calls}";
            await bench.Engine.PublishAsync(ScriptRunbook.Parse($"bench/{id}.csx",
                $"// id: {id}\nfor (var i = 0; i < {calls}; i++) {{ await Noop(); }}\nawait WaitForEvent(\"go\", RunId);\n"));
            var samples = new List<TimeSpan>();
            for (var i = 0; i < 6; i++)
            {
                var run = await bench.Engine.StartRunAsync(id);
                await bench.IdleAsync();
                var watch = Stopwatch.StartNew();
                await bench.Engine.RaiseEventAsync("go", run.Id);
                await bench.IdleAsync();
                var elapsed = watch.Elapsed;
                var done = await bench.Engine.GetRunAsync(run.Id);
                if (done!.Status != RunStatus.Completed)
                {
                    throw new InvalidOperationException($"Replay run ended {done.Status}: {done.Error}");
                }

                if (i > 0)
                {
                    samples.Add(elapsed);
                }
            }

            lines.Add($"    {calls,5} recorded calls: {samples.Order().ElementAt(samples.Count / 2).TotalMilliseconds:F2} ms");
        }

        return lines;
    }

    /// <summary>A restart: a new compiler (a new process would have nothing in memory) finds the script on disk.</summary>
    private static string FromDiskCache(string folder)
    {
        var script = ScriptRunbook.Parse("bench/cached.csx", "// id: cached\nawait Noop();\nawait Noop();\n").Script!;
        using var services = BenchServices();
        var options = new EngineOptions { CompiledExpressionsPath = folder };
        new ScriptCompilerProbe(services.Catalog, options).Compile(script);
        var samples = new List<TimeSpan>();
        for (var i = 0; i < 20; i++)
        {
            var compiler = new ScriptCompilerProbe(services.Catalog, options);
            _ = compiler.ApiSource;
            var watch = Stopwatch.StartNew();
            var errors = compiler.Compile(script);
            samples.Add(watch.Elapsed);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(string.Join("; ", errors));
            }
        }

        return $"  start from the on-disk cache (a restart: read, load into a collectible context, bind): median {samples.Order().ElementAt(10).TotalMilliseconds:F2} ms";
    }

    /// <summary>Compiles many versions of a script and drops each; memory is measured after full collections.</summary>
    private static List<string> CompileAndDrop(int versions)
    {
        using var services = BenchServices();
        var compiler = new ScriptCompilerProbe(services.Catalog, new EngineOptions());
        var lines = new List<string> { $"  {versions:N0} script versions compiled, loaded and dropped (no disk cache):" };
        var watch = Stopwatch.StartNew();
        for (var i = 1; i <= versions; i++)
        {
            CompileOne(compiler, i);
            if (i == 1 || i % (versions / 5) == 0)
            {
                for (var gc = 0; gc < 3; gc++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }

                lines.Add($"    after {i,5}: managed heap {GC.GetTotalMemory(true) / (1024 * 1024.0):F1} MB, working set {Environment.WorkingSet / (1024 * 1024.0):F0} MB, "
                    + $"load contexts alive {AssemblyLoadContext.All.Count(c => c.IsCollectible)}, {watch.Elapsed.TotalMilliseconds / i:F0} ms per compile");
            }
        }

        return lines;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void CompileOne(ScriptCompilerProbe compiler, int version)
    {
        var script = ScriptRunbook.Parse($"bench/v{version}.csx", $"// id: v{version}\nvar n = {version};\nfor (var i = 0; i < 3; i++) {{ await Noop(); }}\nLog($\"version {{n}}\");\n").Script!;
        var errors = compiler.Compile(script);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", errors));
        }
    }

    private static BenchCatalog BenchServices() => new();

    private static async Task PublishAndRunAsync(BenchEngine bench, string id, string body)
    {
        await bench.Engine.PublishAsync(ScriptRunbook.Parse($"bench/{id}.csx", $"// id: {id}\n{body}\n"));
        await RunAsync(bench, id);
    }

    private static async Task RunAsync(BenchEngine bench, string id)
    {
        var run = await bench.Engine.StartRunAsync(id);
        await bench.IdleAsync();
        var details = await bench.Engine.GetRunAsync(run.Id);
        if (details!.Status != RunStatus.Completed)
        {
            throw new InvalidOperationException($"The script {id} ended {details.Status}: {details.Error}");
        }
    }

    private static async Task<TimeSpan> MedianAsync(BenchEngine bench, string id)
    {
        for (var i = 0; i < 30; i++)
        {
            await RunAsync(bench, id);
        }

        var samples = new List<TimeSpan>();
        for (var i = 0; i < 30; i++)
        {
            var watch = Stopwatch.StartNew();
            await RunAsync(bench, id);
            samples.Add(watch.Elapsed);
        }

        return samples.Order().ElementAt(15);
    }
}

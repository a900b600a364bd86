using System.Diagnostics;
using VCRunbooks.Engine;

namespace VCRunbooks.Benchmarks;

/// <summary>
/// Per-activity cost of a 100-activity no-op runbook: durable SQLite (both commit strategies) against
/// WorkflowCore in memory. "Total" divides a whole run by 100; "marginal" is (run of 100 − run of 1) / 99,
/// which leaves out the fixed cost of starting and finishing a run.
/// </summary>
internal static class OverheadBenchmark
{
    private const int Activities = 100;
    private const int WarmUpRuns = 30;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    /// <summary>One line alone (every, batched or lean), for profiling one configuration.</summary>
    public static async Task<IReadOnlyList<string>> RunOneAsync(string only, int runs)
    {
        var result = await OursAsync(only == "every" ? CommitStrategy.EveryActivity : CommitStrategy.Batched, runs, activityEvents: only != "lean");
        return [Line(only, result, result)];
    }

    public static async Task<IReadOnlyList<string>> RunAsync(int runs)
    {
        var wc = await MeasureAsync(runs, async () =>
        {
            var flows = new WorkflowCoreFlows();
            return (flows.RunOnceAsync, flows.DisposeAsync);
        });
        var every = await OursAsync(CommitStrategy.EveryActivity, runs, activityEvents: true);
        var batched = await OursAsync(CommitStrategy.Batched, runs, activityEvents: true);
        var lean = await OursAsync(CommitStrategy.Batched, runs, activityEvents: false);
        return
        [
            $"per-activity overhead, 100 no-op activities, {runs} sequential runs each (wall time of the median run; mean CPU time of this process):",
            Line("WorkflowCore 3.22.0 in memory", wc, wc),
            Line("VCRunbooks SQLite, EveryActivity", every, wc),
            Line("VCRunbooks SQLite, Batched (default)", batched, wc),
            Line("  Batched, PublishActivityEvents=false", lean, wc),
            .. SqliteFloorBenchmark.Run(),
        ];
    }

    private static string Line(string name, Result m, Result wc) =>
        $"  {name,-40} total {m.Total.Wall:F1} us ({m.Total.Cpu:F1} CPU), marginal {m.Marginal.Wall:F1} us ({m.Marginal.Cpu:F1} CPU)" +
        $"  | WorkflowCore/this total {wc.Total.Wall / m.Total.Wall:F2}x, marginal {wc.Marginal.Wall / m.Marginal.Wall:F2}x";

    private static Task<Result> OursAsync(CommitStrategy strategy, int runs, bool activityEvents) => MeasureAsync(runs, async () =>
    {
        var bench = await BenchEngine.StartAsync(o =>
        {
            o.CommitStrategy = strategy;
            o.PublishActivityEvents = activityEvents;
        });
        await bench.Engine.PublishAsync(Flows.Noops("noops", Activities));
        await bench.Engine.PublishAsync(Flows.Noops("one", 1));
        return (async hundred =>
        {
            await bench.Engine.StartRunAsync(hundred ? "noops" : "one");
            await bench.IdleAsync();
        }, bench.DisposeAsync);
    });

    private static async Task<Result> MeasureAsync(int runs, Func<Task<(Func<bool, Task> Run, Func<ValueTask> Dispose)>> setUp)
    {
        var (run, dispose) = await setUp();
        try
        {
            // Warm up for a while and for many runs, not a few: tiered JIT recompiles hot methods only after a
            // quiet spell (on a background thread a loaded machine starves), and a measurement taken before that
            // mostly times tier-0 code. The same warm-up applies to every line, WorkflowCore's included.
            var warmUp = Stopwatch.StartNew();
            for (var i = 0; i < WarmUpRuns || warmUp.Elapsed < WarmUp; i++)
            {
                await run(true);
                await run(false);
            }

            var hundred = await TimeAsync(runs, () => run(true));
            var one = await TimeAsync(runs, () => run(false));
            return new Result(
                (hundred.Wall / Activities, hundred.Cpu / Activities),
                ((hundred.Wall - one.Wall) / (Activities - 1), (hundred.Cpu - one.Cpu) / (Activities - 1)));
        }
        finally
        {
            await dispose();
        }
    }

    /// <summary>
    /// Microseconds per run: the median run's wall time (robust to the other processes on a shared machine
    /// stalling a few runs) and the mean CPU time of this process.
    /// </summary>
    private static async Task<(double Wall, double Cpu)> TimeAsync(int runs, Func<Task> run)
    {
        var walls = new double[runs];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await run();
            walls[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        }

        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Array.Sort(walls);
        var median = runs % 2 == 1 ? walls[runs / 2] : (walls[(runs / 2) - 1] + walls[runs / 2]) / 2;
        return (median, cpuUsed.TotalMicroseconds / runs);
    }

    private sealed record Result((double Wall, double Cpu) Total, (double Wall, double Cpu) Marginal);
}

using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Benchmarks;

/// <summary>Many runs waiting on durable timers at once: memory while they wait, and the time to resume all of them.</summary>
internal static class SuspendedRunsBenchmark
{
    public static async Task<IReadOnlyList<string>> RunAsync(int count)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bench = await BenchEngine.StartAsync(o => o.TimeProvider = time);
        await bench.Engine.PublishAsync(Flows.DelayThenNoop("sleepers"));
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await bench.Engine.StartRunAsync("sleepers");
        }

        await bench.IdleAsync();
        var started = watch.Elapsed;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var managed = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024);
        var workingSet = Process.GetCurrentProcess().WorkingSet64 / (1024.0 * 1024);
        var suspended = (await bench.Engine.ListRunsAsync(new RunQuery { Status = RunStatus.Suspended, Take = 1000 })).Count;

        time.Advance(TimeSpan.FromMinutes(1));
        watch.Restart();
        while (await bench.Hooks.PollTimersAsync(CancellationToken.None) > 0)
        {
            await bench.IdleAsync();
        }

        var resumed = watch.Elapsed;
        var completed = (await bench.Engine.ListRunsAsync(new RunQuery { Status = RunStatus.Completed, Take = 1000 })).Count;
        return
        [
            $"{count} runs suspended on durable timers at once (SQLite):",
            $"  started and suspended in {started.TotalSeconds:F1} s; waiting: managed heap {managed:F0} MB, working set {workingSet:F0} MB (suspended sample: {suspended}/1000 listed)",
            $"  all resumed and completed in {resumed.TotalSeconds:F2} s (completed sample: {completed}/1000 listed)",
        ];
    }
}

using VCRunbooks.Engine.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VCRunbooks.Engine.Tests.Runs;

public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int Runs = 20;
    private const int StepsPerRun = 8;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string directory = Directory.CreateTempSubdirectory("vcr-crash-").FullName;

    [Fact]
    public async Task KilledTwiceMidRun_EveryRunResumesAndNoCommittedEffectRepeats()
    {
        var effectsAfterFirstKill = await LiveAndDieAsync(killAfterEffects: 30);
        var effectsAfterSecondKill = await LiveAndDieAsync(killAfterEffects: 40);

        using var last = ChildEngine.Start(directory, Runs);
        var done = await last.WaitForAsync(l => l.StartsWith("DONE", StringComparison.Ordinal), Patience);

        Assert.True(done == $"DONE completed={Runs} other=0", $"last life ended with '{done}'; stderr: {last.Errors}");
        var effects = File.ReadAllLines(Path.Combine(directory, "effects.log"));
        var duplicates = File.Exists(Path.Combine(directory, "duplicates.log")) ? File.ReadAllLines(Path.Combine(directory, "duplicates.log")) : [];
        output.WriteLine($"effects after kill 1: {effectsAfterFirstKill}, after kill 2: {effectsAfterSecondKill}, total: {effects.Length}, re-executions caught by the idempotency check: {duplicates.Length}");
        Assert.InRange(effectsAfterFirstKill, 1, (Runs * StepsPerRun) - 1);
        Assert.InRange(effectsAfterSecondKill, effectsAfterFirstKill, (Runs * StepsPerRun) - 1);
        Assert.Equal(Runs * StepsPerRun, effects.Length);
        Assert.Equal(effects.Length, effects.Distinct().Count());
        var perRun = effects.GroupBy(e => e.Split(':')[0]).ToList();
        Assert.Equal(Runs, perRun.Count);
        Assert.All(perRun, g => Assert.Equal(Enumerable.Range(1, StepsPerRun).Select(i => $"s{i}:1"), g.Select(e => string.Join(':', e.Split(':')[1..])).Order()));

        // Only an effect whose commit the kill prevented may execute again, and each kill interrupts at most one step per worker.
        Assert.True(duplicates.Length <= 2 * 2, $"re-executed: {string.Join(", ", duplicates)}");
    }

    private async Task<int> LiveAndDieAsync(int killAfterEffects)
    {
        using var child = ChildEngine.Start(directory, Runs);
        var seen = 0;
        var line = await child.WaitForAsync(l => l.StartsWith("EFFECT", StringComparison.Ordinal) && ++seen >= killAfterEffects, Patience);
        Assert.True(line is not null, $"the crash host exited before {killAfterEffects} effects; stderr: {child.Errors}");
        await child.KillAsync();
        return File.ReadAllLines(Path.Combine(directory, "effects.log")).Length;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}

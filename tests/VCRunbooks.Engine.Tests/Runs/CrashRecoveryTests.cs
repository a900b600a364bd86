using VCRunbooks.Engine.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VCRunbooks.Engine.Tests.Runs;

public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int Runs = 20;
    private const int StepsPerRun = 8;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string _directory = Directory.CreateTempSubdirectory("vcr-crash-").FullName;

    [Fact]
    public async Task KilledTwiceMidRun_EveryRunResumesAndNoCommittedEffectRepeats()
    {
        var effectsAfterFirstKill = await LiveAndDieAsync(killAfterEffects: 30);
        var effectsAfterSecondKill = await LiveAndDieAsync(killAfterEffects: 40);

        using var last = ChildEngine.Start(_directory, Runs);
        var done = await last.WaitForAsync(l => l.StartsWith("DONE", StringComparison.Ordinal), Patience);

        Assert.True(done == $"DONE completed={Runs} other=0", $"last life ended with '{done}'; stderr: {last.Errors}");
        var effects = File.ReadAllLines(Path.Combine(_directory, "effects.log"));
        var duplicates = File.Exists(Path.Combine(_directory, "duplicates.log")) ? File.ReadAllLines(Path.Combine(_directory, "duplicates.log")) : [];
        output.WriteLine($"effects after kill 1: {effectsAfterFirstKill}, after kill 2: {effectsAfterSecondKill}, total: {effects.Length}, re-executions caught by the idempotency check: {duplicates.Length}");
        // Each life froze right after its share of effects, so the kills landed at known points.
        Assert.Equal(30, effectsAfterFirstKill);
        Assert.Equal(30 + 40, effectsAfterSecondKill);
        Assert.Equal(Runs * StepsPerRun, effects.Length);
        Assert.Equal(effects.Length, effects.Distinct().Count());
        var perRun = effects.GroupBy(e => e.Split(':')[0]).ToList();
        Assert.Equal(Runs, perRun.Count);
        Assert.All(perRun, g => Assert.Equal(Enumerable.Range(1, StepsPerRun).Select(i => $"s{i}:1"), g.Select(e => string.Join(':', e.Split(':')[1..])).Order()));

        // Each kill left one effect applied but not committed: its step ran again in the next life and the ledger's
        // idempotency check caught it. Nothing committed ran again.
        Assert.Equal(2, duplicates.Length);
        Assert.Equal(duplicates.Length, duplicates.Distinct().Count());
    }

    private async Task<int> LiveAndDieAsync(int killAfterEffects)
    {
        using var child = ChildEngine.Start(_directory, Runs, holdAfterEffects: killAfterEffects);
        var line = await child.WaitForAsync(l => l == "HOLDING", Patience);
        Assert.True(line is not null, $"the crash host exited before {killAfterEffects} effects; stderr: {child.Errors}");
        await child.KillAsync();
        return File.ReadAllLines(Path.Combine(_directory, "effects.log")).Length;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

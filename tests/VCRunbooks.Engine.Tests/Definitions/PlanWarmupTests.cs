using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Expressions;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Tests.Infrastructure;
using VCRunbooks.Testing.Runbooks;

namespace VCRunbooks.Engine.Tests.Definitions;

/// <summary>
/// A restart on the same database and compile cache: the published runbook's expressions load from the cache (nothing
/// is compiled again), whether the warm-up loads them or the first run does, and the run computes what it did before.
/// </summary>
public sealed class PlanWarmupTests : IAsyncDisposable
{
    private readonly EngineStorage _storage = EngineStorage.Sqlite();
    private readonly string _compiled = Directory.CreateTempSubdirectory("vcr-warmup-compiled-").FullName;

    public async ValueTask DisposeAsync()
    {
        await _storage.DisposeAsync();
        Directory.Delete(_compiled, recursive: true);
    }

    [Fact]
    public async Task WarmUp_AfterRestart_LoadsThePublishedPlanFromTheCacheAndCompilesNothing()
    {
        await PublishBeforeRestartAsync();

        await using var restarted = await StartAsync();
        var loaded = await restarted.Engine.WarmUpAsync();

        Assert.Equal(1, loaded);
        Assert.Equal(1, Cache(restarted).Loaded);
        Assert.Equal(0, Cache(restarted).Stored);
        var run = await restarted.RunAsync("sums", new() { ["seed"] = 4 });
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(50, run.Variables["b"]!.GetValue<int>());
        // The run used the plan the warm-up loaded: still one load from the cache.
        Assert.Equal(1, Cache(restarted).Loaded);
    }

    [Fact]
    public async Task FirstRun_AfterRestartWithoutWarmUp_LoadsItsPlanFromTheCacheAndRunsCorrectly()
    {
        await PublishBeforeRestartAsync();

        await using var restarted = await StartAsync();
        var run = await restarted.RunAsync("sums", new() { ["seed"] = 2 });

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(30, run.Variables["b"]!.GetValue<int>());
        Assert.Equal(1, Cache(restarted).Loaded);
        Assert.Equal(0, Cache(restarted).Stored);
    }

    private async Task PublishBeforeRestartAsync()
    {
        await using var first = await StartAsync();
        await first.PublishAsync(RunbookJson.Parse(SampleRunbooks.Sums));
        Assert.Equal(1, Cache(first).Stored);
    }

    private Task<TestEngine> StartAsync() => TestEngine.StartAsync(_storage, configure: o => o.CompiledExpressionsPath = _compiled);

    private static CompiledExpressionCache Cache(TestEngine engine) =>
        engine.Services.GetRequiredService<RunbookValidator>().ExpressionCache;
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Testing;

namespace VCRunbooks.Benchmarks;

/// <summary>The engine on a fresh SQLite file, with the bench activities registered.</summary>
internal sealed class BenchEngine : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly string path;

    private BenchEngine(ServiceProvider services, string path)
    {
        this.services = services;
        this.path = path;
    }

    public IRunbookEngine Engine => services.GetRequiredService<IRunbookEngine>();
    public IEngineTestHooks Hooks => services.GetRequiredService<IEngineTestHooks>();
    public LatencyProbe Latency => services.GetRequiredService<LatencyProbe>();

    public static async Task<BenchEngine> StartAsync(Action<EngineOptions>? configure = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"vcr-bench-{Guid.NewGuid():N}.db");
        var collection = new ServiceCollection();
        collection.AddSingleton(new LatencyProbe());
        collection.AddRunbookEngine(o =>
        {
            o.UseSqlite(path);
            o.Workers = 2;
            configure?.Invoke(o);
        }).AddActivity<Noop>().AddActivity<Stamp>();
        var provider = collection.BuildServiceProvider();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return new BenchEngine(provider, path);
    }

    public Task IdleAsync() => Hooks.WhenIdleAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}

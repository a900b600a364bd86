using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Testing;

namespace VCRunbooks.Benchmarks;

/// <summary>The engine on a fresh SQLite file, with the bench activities registered.</summary>
internal sealed class BenchEngine : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _path;

    private BenchEngine(ServiceProvider services, string path)
    {
        _services = services;
        _path = path;
    }

    public IRunbookEngine Engine => _services.GetRequiredService<IRunbookEngine>();
    public IEngineTestHooks Hooks => _services.GetRequiredService<IEngineTestHooks>();
    public LatencyProbe Latency => _services.GetRequiredService<LatencyProbe>();

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
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Benchmarks;

/// <summary>The bench activities' catalog without a running engine (for compiling scripts alone).</summary>
internal sealed class BenchCatalog : IDisposable
{
    private readonly ServiceProvider _services;

    public BenchCatalog()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton(new LatencyProbe());
        collection.AddRunbookEngine(o => o.StartWorkers = false).AddActivity<Noop>().AddActivity<Stamp>();
        _services = collection.BuildServiceProvider();
    }

    public IActivityCatalog Catalog => _services.GetRequiredService<IActivityCatalog>();

    public void Dispose() => _services.Dispose();
}

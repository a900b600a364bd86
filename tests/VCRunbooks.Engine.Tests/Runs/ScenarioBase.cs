using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Runs;

/// <summary>One engine on one throwaway database per test; subclasses pick SQLite or PostgreSQL.</summary>
public abstract class ScenarioBase : IAsyncLifetime
{
    private EngineStorage? _storage;
    private TestEngine? _host;

    protected TestEngine Host => _host ?? throw new InvalidOperationException("Not started.");
    protected IRunbookEngine Engine => Host.Engine;
    protected Probe Probe => Host.Probe;

    protected abstract Task<EngineStorage> CreateStorageAsync();

    protected virtual void Configure(EngineOptions options)
    {
    }

    public async Task InitializeAsync()
    {
        _storage = await CreateStorageAsync();
        _host = await TestEngine.StartAsync(_storage, configure: Configure);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }

    /// <summary>Stops this engine and starts a new one on the same database, clock and probe (a process restart).</summary>
    protected async Task RestartAsync()
    {
        var time = Host.Time;
        var probe = Host.Probe;
        await Host.DisposeAsync();
        _host = await TestEngine.StartAsync(_storage!, time, Configure, probe);
    }

    /// <summary>A restart whose engine also gets <paramref name="configure"/> (a changed setting).</summary>
    protected async Task RestartWithAsync(Action<EngineOptions> configure)
    {
        var time = Host.Time;
        var probe = Host.Probe;
        await Host.DisposeAsync();
        _host = await TestEngine.StartAsync(_storage!, time, o =>
        {
            Configure(o);
            configure(o);
        }, probe);
    }

    protected async Task<List<object>> OutboxAsync(string runId) =>
        (await Host.Outbox.ReadAsync(0, 10_000)).Where(m => m.RunId == runId).Select(m => m.ToMessage()).ToList();
}

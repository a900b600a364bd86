using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Dispatch;
using VCRunbooks.Engine.Timers;
using VCRunbooks.Testing.Engine;

namespace VCRunbooks.Engine.Tests.Infrastructure;

/// <summary>An engine on a test database with a fake clock and the test activities; stepping goes through the test kit's <see cref="EngineDriver"/>.</summary>
public sealed class TestEngine : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ServiceProvider _services;
    private readonly IHostedService _host;

    private TestEngine(ServiceProvider services, FakeTimeProvider time)
    {
        _services = services;
        Time = time;
        _host = services.GetServices<IHostedService>().Single();
        Driver = new EngineDriver(services, time.Advance, Patience);
    }

    /// <summary>The test kit's stepping (idle, advance, drive, journal) for this engine.</summary>
    public EngineDriver Driver { get; }

    public FakeTimeProvider Time { get; }
    public IRunbookEngine Engine => _services.GetRequiredService<IRunbookEngine>();
    public IOutboxReader Outbox => _services.GetRequiredService<IOutboxReader>();
    public Probe Probe => _services.GetRequiredService<Probe>();
    internal ChannelRunDispatcher Dispatcher => _services.GetRequiredService<ChannelRunDispatcher>();
    internal TimerPoller Poller => _services.GetRequiredService<TimerPoller>();
    internal IServiceProvider Services => _services;

    public static async Task<TestEngine> StartAsync(EngineStorage storage, FakeTimeProvider? time = null, Action<EngineOptions>? configure = null, Probe? probe = null, Action<IServiceCollection>? services = null)
    {
        time ??= new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var collection = new ServiceCollection();
        collection.AddSingleton(probe ?? new Probe());
        // The clock in DI, as a host registers it: the engine takes it because its options leave the clock unset.
        collection.AddSingleton<TimeProvider>(time);
        collection.AddRunbookEngine(o =>
        {
            storage.Apply(o);
            o.Workers = 2;
            configure?.Invoke(o);
        }).AddActivity<RecordStep>().AddActivity<Flaky>().AddActivity<ConcurrentWait>().AddActivity<Hang>().AddActivity<CutStore>().AddActivity<Gate>().AddActivity<TypedStateStep>().AddActivity<AskThenAct>();
        services?.Invoke(collection);
        var engine = new TestEngine(collection.BuildServiceProvider(), time);
        await engine._host.StartAsync(CancellationToken.None);
        return engine;
    }

    public Task IdleAsync() => Driver.IdleAsync();

    /// <summary>Moves the clock, lets the timer poller dispatch what is due, and waits until every pass finished.</summary>
    public Task AdvanceAsync(TimeSpan by) => Driver.AdvanceAsync(by);

    public async Task<RunbookDefinition> PublishAsync(RunbookDefinition definition) => await Engine.PublishAsync(definition);

    /// <summary>Starts a run and returns its details once it completed or is waiting.</summary>
    public async Task<RunDetails> RunAsync(string definitionId, JsonObject? inputs = null)
    {
        var run = await Engine.StartRunAsync(definitionId, inputs);
        await IdleAsync();
        return (await Engine.GetRunAsync(run.Id))!;
    }

    public async Task<RunDetails> GetAsync(string runId) => (await Engine.GetRunAsync(runId))!;

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Scripts;
using VCRunbooks.Engine.Testing;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Clock;
using VCRunbooks.Testing.Clock;
using VCRunbooks.Testing.Engine;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Resilience;

namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>
/// The engine on a SQLite file with the vCenter activities, talking to the in-process simulator, all on the
/// simulator's clock (the clients' waits move it, see <see cref="SkippingClock"/>). Stepping goes through the test kit's <see cref="EngineDriver"/>. <see cref="RestartAsync"/> abandons the
/// running engine and starts a new one on the same database, as a new process would.
/// </summary>
public sealed class RunbookHarness : IAsyncDisposable
{
    public const string LocationPassword = "Loc!Pass1";
    public const string BackupPassword = "Bkp!Pass12";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly SimulatorFixture _sim;
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"vcr-activities-{Guid.NewGuid():N}.db");
    private readonly List<ServiceProvider> _abandoned = [];
    private ServiceProvider _services = null!;

    private RunbookHarness(SimulatorFixture sim)
    {
        _sim = sim;
        Clock = sim.Host.Clock;
        ClientTime = new SkippingClock(Clock);
        Credentials.Set("sso", SimulatorFixture.Password).Set("root", SimulatorFixture.Password)
            .Set("location", LocationPassword).Set("archive", BackupPassword);
    }

    /// <summary>The one clock of engine, clients and simulator.</summary>
    public VirtualClock Clock { get; }

    private SkippingClock ClientTime { get; }
    public InMemoryTargetResolver Targets { get; } = new();
    public InMemoryCredentialStore Credentials { get; } = new();

    /// <summary>Wraps every client the engine creates (fault injection such as a crash point).</summary>
    public Func<IVCenterClient, IVCenterClient> WrapClient { get; set; } = c => c;

    public IRunbookEngine Engine => _services.GetRequiredService<IRunbookEngine>();
    private EngineDriver Driver { get; set; } = null!;

    public static async Task<RunbookHarness> StartAsync(SimulatorFixture sim)
    {
        var harness = new RunbookHarness(sim);
        await harness.StartEngineAsync();
        return harness;
    }

    /// <summary>Registers the appliance as a target named after it, with SSO and root secrets.</summary>
    public string AddTarget(Appliance appliance)
    {
        var api = new VCenterTarget { Host = appliance.Name, ApiBaseUrl = _sim.Host.BaseAddress };
        Targets.Add(new TargetSettings
        {
            Name = appliance.Name,
            Api = api,
            Management = api with { Port = 5480 },
            SsoUser = appliance.Spec.SsoUser,
            SsoPasswordSecret = "sso",
            RootPasswordSecret = "root",
        });
        return appliance.Name;
    }

    public async Task<string> StartRunAsync(string runbookId, JsonObject inputs)
    {
        var run = await Engine.StartRunAsync(runbookId, inputs);
        await IdleAsync();
        return run.Id;
    }

    public Task IdleAsync() => Driver.IdleAsync();

    /// <inheritdoc cref="EngineDriver.AdvanceAsync"/>
    public Task AdvanceAsync(TimeSpan by, Task? orUntil = null) => Driver.AdvanceAsync(by, orUntil);

    /// <inheritdoc cref="EngineDriver.DriveAsync"/>
    public Task<RunDetails> DriveAsync(string runId, TimeSpan? step = null, int maxSteps = 3000) => Driver.DriveAsync(runId, step, maxSteps);

    /// <inheritdoc cref="EngineDriver.DriveUntilAsync"/>
    public Task DriveUntilAsync(Func<bool> reached, TimeSpan? step = null, int maxSteps = 3000, Task? orUntil = null) =>
        Driver.DriveUntilAsync(reached, step, maxSteps, orUntil);

    /// <inheritdoc cref="EngineDriver.JournalAsync"/>
    public Task<IReadOnlyList<JournalEntry>> JournalAsync(string runId) => Driver.JournalAsync(runId);

    public Task<string> JournalTextAsync(string runId) => Driver.JournalTextAsync(runId);

    /// <summary>
    /// Abandons this engine as a killed process would be: its timer poller stops, anything it is executing never
    /// commits, and a new engine starts on the same database and recovers the runs.
    /// </summary>
    public async Task RestartAsync()
    {
        var old = _services;
        _abandoned.Add(old);
        await old.GetRequiredService<IEngineTestHooks>().StopTimersAsync();
        _ = old.GetServices<IHostedService>().Single().StopAsync(CancellationToken.None);
        await StartEngineAsync();
    }

    /// <summary>A client outside the engine, on the same clock, for setting scenes up (e.g. finding an archive).</summary>
    public IVCenterClient DirectClient(Appliance appliance) => NewFactory().Create(
        new VCenterTarget { Host = appliance.Name, ApiBaseUrl = _sim.Host.BaseAddress },
        VCenterCredentials.Sso(appliance.Spec.SsoUser, appliance.Spec.SsoPassword));

    private VCenterClientFactory NewFactory() => new(new VCenterClientOptions
        {
            TimeProvider = ClientTime,
            Retry = new RetryPolicy { MaxRetries = 3, Backoff = new VCRunbooks.VCenter.Client.Resilience.Backoff { InitialDelay = TimeSpan.FromSeconds(2), Jitter = 0 } },
        });

    private async Task StartEngineAsync()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IVCenterClientFactory>(new WrappingClientFactory(NewFactory(), c => WrapClient(c)));
        collection.AddSingleton(Targets);
        collection.AddSingleton(Credentials);
        collection.AddRunbookEngine(o =>
        {
            o.UseSqlite(_dbPath);
            o.TimeProvider = Clock;
            o.Workers = 2;
        }).AddVCenterActivities();
        _services = collection.BuildServiceProvider();
        Driver = new EngineDriver(_services, Clock.Advance, Patience);
        await _services.GetServices<IHostedService>().Single().StartAsync(CancellationToken.None);
        foreach (var file in RunbookFiles.All().Concat(RunbookFiles.Scripts()))
        {
            var text = await File.ReadAllTextAsync(file);
            var definition = file.EndsWith(".csx", StringComparison.Ordinal) ? ScriptRunbook.Parse("runbooks/" + Path.GetFileName(file), text) : RunbookJson.Parse(text);
            if (await Engine.GetDefinitionAsync(definition.Id) is null)
            {
                await Engine.PublishAsync(definition);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.GetServices<IHostedService>().Single().StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        // Abandoned engines may still hold a hung activity; they are left to the test process, as a killed process would be.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TryDelete(_dbPath);
        TryDelete(_dbPath + "-wal");
        TryDelete(_dbPath + "-shm");
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}

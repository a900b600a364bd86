using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VCRunbooks.Activities;
using VCRunbooks.Activities.Benchmarks;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Testing;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Hosting;
using VCRunbooks.Testing.Clock;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;

// The patching runbook over N simulated vCenters at once, on the virtual clock: the engine on SQLite, the simulator
// in-process with its clock stopped; time moves in 30 s steps on its one clock, which the engine also runs on.
// "lag [N]" instead moves time in 0.25 s steps and reports how long after each backup and install ended its
// WaitForJob noticed (job end -> next activity), with the vCenter calls per run.
var lagMode = args.Length > 0 && args[0] == "lag";
if (lagMode)
{
    args = args[1..];
}

var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : lagMode ? 10 : 200;
var workers = args.Length > 1 && int.TryParse(args[1], out var w) ? w : Math.Max(2, Environment.ProcessorCount * 2);
var step = lagMode ? TimeSpan.FromSeconds(0.25) : TimeSpan.FromSeconds(30);
const string Password = "VMware1!";

await using var sim = await SimulatorHost.StartAsync(o => o.ClockFactor = 0);
void Advance(TimeSpan by) => sim.Clock.Advance(by);

var counter = new CallCounter();
var targets = new InMemoryTargetResolver();
var secrets = new InMemoryCredentialStore().Set("sso", Password).Set("location", "Loc!Pass1").Set("archive", "Bkp!Pass12");
var dbPath = Path.Combine(Path.GetTempPath(), $"vcr-bench-{Guid.NewGuid():N}.db");
var services = new ServiceCollection();
services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
services.AddSingleton<IVCenterClientFactory>(new CountingClientFactory(new VCenterClientFactory(new VCenterClientOptions
{
    TimeProvider = new SkippingClock(sim.Clock),
}), counter));
services.AddSingleton(targets).AddSingleton(secrets);
services.AddRunbookEngine(o =>
{
    o.UseSqlite(dbPath);
    o.TimeProvider = sim.Clock;
    o.Workers = workers;
    o.PublishActivityEvents = false;
}).AddVCenterActivities();
await using var provider = services.BuildServiceProvider();
var host = provider.GetServices<IHostedService>().Single();
await host.StartAsync(CancellationToken.None);
var engine = provider.GetRequiredService<IRunbookEngine>();
var hooks = provider.GetRequiredService<IEngineTestHooks>();
await engine.PublishAsync(RunbookJson.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "runbooks", "patching.json"))));

var appliances = new List<Appliance>();
for (var i = 0; i < count; i++)
{
    var appliance = sim.Appliances.Add(new ApplianceSpec { Name = $"vc{i:D3}.bench.local", Version = "8.0.2.00100", PendingUpdates = ["8.0.2.00200"], SsoPassword = Password, RootPassword = Password });
    var api = new VCenterTarget { Host = appliance.Name, ApiBaseUrl = sim.BaseAddress };
    targets.Add(new TargetSettings { Name = appliance.Name, Api = api, Management = api with { Port = 5480 }, SsoPasswordSecret = "sso", RootPasswordSecret = "sso" });
    appliances.Add(appliance);
}

var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var allocatedBefore = GC.GetTotalAllocatedBytes();
var virtualStart = sim.Clock.GetUtcNow();
var wall = Stopwatch.StartNew();
var runIds = new List<string>();
foreach (var appliance in appliances)
{
    if (lagMode)
    {
        // Staggered starts, so each run's polls fall at other moments of its jobs and the lags form a distribution.
        Advance(TimeSpan.FromSeconds(7.3));
    }

    runIds.Add((await engine.StartRunAsync("patching", new JsonObject
    {
        ["target"] = appliance.Name, ["backupLocation"] = $"sftp://backup.bench.local/{appliance.Name}", ["locationUser"] = "backup",
        ["locationPasswordSecret"] = "location", ["backupPasswordSecret"] = "archive", ["userData"] = new JsonArray("vmdir.password=sso"),
    })).Id);
}

var steps = 0;
while (true)
{
    await hooks.WhenIdleAsync(CancellationToken.None);
    if (steps % (lagMode ? 400 : 10) == 0)
    {
        var runs = await engine.ListRunsAsync(new RunQuery { Take = count + 10 });
        if (runs.All(r => r.Status is RunStatus.Completed or RunStatus.Faulted or RunStatus.Cancelled))
        {
            break;
        }
    }

    Advance(step);
    await hooks.PollTimersAsync(CancellationToken.None);
    steps++;
}

wall.Stop();
process.Refresh();
var final = await engine.ListRunsAsync(new RunQuery { Take = count + 10 });
var completed = final.Count(r => r.Status == RunStatus.Completed);
Console.WriteLine($"vCenters:              {count} (engine workers {workers}, SQLite)");
Console.WriteLine($"runs completed:        {completed}/{count} (faulted {final.Count(r => r.Status == RunStatus.Faulted)})");
Console.WriteLine($"virtual time:          {sim.Clock.GetUtcNow() - virtualStart} in {steps} steps of {step.TotalSeconds} s");
Console.WriteLine($"wall time:             {wall.Elapsed.TotalSeconds:F1} s");
Console.WriteLine($"CPU (process):         {(process.TotalProcessorTime - cpuBefore).TotalSeconds:F1} s (engine, client and in-process simulator together)");
Console.WriteLine($"allocated:             {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024 / 1024} MB; peak working set {process.PeakWorkingSet64 / 1024 / 1024} MB");
Console.WriteLine($"vCenter calls per run: {counter.Calls / (double)count:F1} (client API calls; logins and transport retries not counted)");
Console.WriteLine($"installs:              {appliances.Sum(a => a.Ledger.Count("update.install.started"))}; backups {appliances.Sum(a => a.Ledger.Count("backup.started"))}");
if (lagMode)
{
    var lags = new List<(string Wait, double Seconds)>();
    for (var i = 0; i < runIds.Count; i++)
    {
        var details = await engine.GetRunAsync(runIds[i]);
        var journal = await engine.GetJournalAsync(runIds[i]);
        DateTimeOffset Noticed(string activity) => journal.Last(e => e.ActivityId == activity && e.Kind == "activity-completed").At;
        var direct = new VCenterClientFactory(new VCenterClientOptions { TimeProvider = sim.Clock }).Create(
            new VCenterTarget { Host = appliances[i].Name, ApiBaseUrl = sim.BaseAddress }, VCenterCredentials.Sso("administrator@vsphere.local", Password));
        var backup = await direct.Backup.GetJobAsync(details!.Outputs["backup"]["JobId"]!.GetValue<string>());
        lags.Add(("backup", (Noticed("backupWait") - backup.EndTime!.Value).TotalSeconds));

        var update = await direct.Update.GetAsync();
        lags.Add(("install", (Noticed("installWait") - update.Task!.EndTime!.Value).TotalSeconds));
    }

    foreach (var group in lags.GroupBy(l => l.Wait))
    {
        var sorted = group.Select(l => l.Seconds).Order().ToList();
        Console.WriteLine($"detection lag {group.Key,-8} median {sorted[sorted.Count / 2]:F2} s, max {sorted[^1]:F2} s (job end -> WaitForJob done, {sorted.Count} runs)");
    }
}

await host.StopAsync(CancellationToken.None);

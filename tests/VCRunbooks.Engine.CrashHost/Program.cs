using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VCRunbooks.Engine;
using VCRunbooks.Engine.CrashHost;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;

// Usage: CrashHost <directory> <runs> [holdAfterEffects] — engine on <directory>/engine.db; starts <runs> runs
// (idempotently), prints EFFECT lines as side effects happen and DONE when every run has finished. With
// holdAfterEffects it freezes after applying that many effects (the last one applied but never committed) and
// prints HOLDING, so the parent's SIGKILL lands at a known point however fast or slow the machine is.
var directory = args[0];
var runs = int.Parse(args[1]);
var holdAfter = args.Length > 2 ? int.Parse(args[2]) : int.MaxValue;
var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders();
builder.Services.AddSingleton(new EffectLedger(directory, holdAfter));
builder.Services.AddRunbookEngine(o =>
{
    o.UseSqlite(Path.Combine(directory, "engine.db"));
    o.Workers = 2;
    o.TimerPollInterval = TimeSpan.FromMilliseconds(50);
}).AddActivity<SideEffect>();
using var host = builder.Build();
await host.StartAsync();
Console.WriteLine("READY");

var engine = host.Services.GetRequiredService<IRunbookEngine>();
var steps = Enumerable.Range(1, 8).Select(i => new ActivityDefinition { Id = $"s{i}", Type = "SideEffect" }).ToList();
var activities = new List<ActivityDefinition> { new() { Id = "start", Type = "Start" } };
activities.AddRange(steps.Take(4));
activities.Add(new ActivityDefinition { Id = "pause", Type = "Delay", Inputs = { ["Duration"] = "00:00:00.100" } });
activities.AddRange(steps.Skip(4));
var ids = activities.Select(a => a.Id).ToList();
await engine.PublishAsync(new RunbookDefinition
{
    Id = "crash",
    Version = 1,
    Name = "Crash test",
    Activities = activities,
    Connections = ids.Zip(ids.Skip(1), (from, to) => new ConnectionDefinition { From = from, To = to }).ToList(),
});
for (var i = 0; i < runs; i++)
{
    await engine.StartRunAsync("crash", idempotencyKey: $"crash-{i}");
}

Console.WriteLine("STARTED");
using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
while (await poll.WaitForNextTickAsync())
{
    var all = await engine.ListRunsAsync(new RunQuery { Take = 1000 });
    if (all.Count == runs && all.All(r => r.Status is RunStatus.Completed or RunStatus.Faulted or RunStatus.Cancelled))
    {
        Console.WriteLine($"DONE completed={all.Count(r => r.Status == RunStatus.Completed)} other={all.Count(r => r.Status != RunStatus.Completed)}");
        break;
    }
}

await host.StopAsync();

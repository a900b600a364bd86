using System.Text.Json.Nodes;
using VCRunbooks.Activities.Tests.Infrastructure;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Activities.Tests.Jobs;

public sealed class WaitForJobTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private static ActivityDefinition Act(string id, string type, JsonObject? inputs = null) => new()
    {
        Id = id,
        Type = type,
        Inputs = inputs?.ToDictionary(kv => kv.Key, kv => kv.Value?.DeepClone()) ?? [],
    };

    private static RunbookDefinition ShortWait(string id, string timeout) => new()
    {
        Id = id,
        Name = "Backup with a short wait",
        Inputs = [new RunbookParameter { Name = "target", Type = "string", Required = true }],
        Activities =
        [
            Act("start", "Start"),
            Act("login", "CreateSession", new JsonObject { ["Target"] = new JsonObject { ["expr"] = "Inputs.target" } }),
            Act("backup", "StartBackup", new JsonObject
            {
                ["Session"] = new JsonObject { ["expr"] = "Output(\"login\", \"Session\").GetValue<string>()" },
                ["LocationType"] = "Sftp", ["Location"] = $"sftp://backup.sim.local/{Guid.NewGuid():N}",
                ["LocationUser"] = "backup", ["LocationPasswordSecret"] = "location",
            }),
            Act("wait", "WaitForJob", new JsonObject
            {
                ["Session"] = new JsonObject { ["expr"] = "Output(\"login\", \"Session\").GetValue<string>()" },
                ["Kind"] = "Backup", ["JobId"] = new JsonObject { ["expr"] = "Output(\"backup\", \"JobId\").GetValue<string>()" },
                ["PollInterval"] = "00:00:10", ["MaxPollInterval"] = "00:00:40", ["BackoffFactor"] = 2.0, ["Timeout"] = timeout,
            }),
            Act("timedOut", "Log", new JsonObject { ["Message"] = "gave up" }),
            Act("done", "Log", new JsonObject { ["Message"] = "finished" }),
        ],
        Connections =
        [
            new ConnectionDefinition { From = "start", To = "login" },
            new ConnectionDefinition { From = "login", To = "backup" },
            new ConnectionDefinition { From = "backup", Outcome = "Started", To = "wait" },
            new ConnectionDefinition { From = "wait", Outcome = "TimedOut", To = "timedOut" },
            new ConnectionDefinition { From = "wait", Outcome = "Succeeded", To = "done" },
        ],
    };

    [Fact]
    public async Task WaitForJob_JobOutlastsTimeout_CompletesTimedOutWithoutFaulting()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = sim.NewAppliance();
        await harness.Engine.PublishAsync(ShortWait("short-wait", "00:00:30"));

        var run = await harness.DriveAsync(await harness.StartRunAsync("short-wait", new JsonObject { ["target"] = harness.AddTarget(appliance) }), TimeSpan.FromSeconds(5));

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.True(run.Outputs.ContainsKey("timedOut"));
        Assert.False(run.Outputs.ContainsKey("done"));
        Assert.True(run.Outputs["wait"]["Progress"]!.GetValue<long>() < 100);
    }

    [Fact]
    public async Task WaitForJob_Polling_BacksOffBetweenPollsUpToTheMaximum()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = sim.NewAppliance();
        await harness.Engine.PublishAsync(ShortWait("backoff-wait", "02:00:00"));
        var runId = await harness.StartRunAsync("backoff-wait", new JsonObject { ["target"] = harness.AddTarget(appliance) });

        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(5));

        Assert.Equal(RunStatus.Completed, run.Status);
        var waits = (await harness.JournalAsync(runId))
            .Where(e => e.ActivityId == "wait" && e.Kind == "activity-suspended")
            .Select(e => DateTimeOffset.Parse(e.Message[(e.Message.IndexOf("due ", StringComparison.Ordinal) + 4)..], System.Globalization.CultureInfo.InvariantCulture) - e.At)
            .Select(d => (int)Math.Round(d.TotalSeconds))
            .ToList();
        Assert.True(waits.Count >= 4, $"expected several polls, got {waits.Count}");
        Assert.Equal([10, 20, 40, 40], waits.Take(4));
    }

    [Fact]
    public async Task CreateSession_UnknownTarget_FaultsNamingTheTarget()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);

        var run = await harness.DriveAsync(await harness.StartRunAsync("backup", new JsonObject { ["target"] = "nowhere.sim.local", ["location"] = "sftp://x/y" }));

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Equal("login", run.FaultedActivityId);
        Assert.Contains("No target is named 'nowhere.sim.local'", run.Error, StringComparison.Ordinal);
    }
}

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

    private static RunbookDefinition ShortWait(string id, string timeout, string maxPoll = "00:00:40") => new()
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
                ["PollInterval"] = "00:00:10", ["MaxPollInterval"] = maxPoll, ["BackoffFactor"] = 2.0, ["Timeout"] = timeout,
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
    public async Task WaitForJob_BackupShowingProgress_PollsByItsEstimateAndSeesTheEndWithinTwoSeconds()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = sim.NewAppliance();
        await harness.Engine.PublishAsync(ShortWait("estimate-wait", "02:00:00", maxPoll: "00:02:00"));
        var runId = await harness.StartRunAsync("estimate-wait", new JsonObject { ["target"] = harness.AddTarget(appliance) });

        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(0.25), maxSteps: 4000);

        Assert.Equal(RunStatus.Completed, run.Status);
        var journal = await harness.JournalAsync(runId);
        var polls = journal.Count(e => e.ActivityId == "wait" && e.Kind is "activity-suspended") + 1;
        var noticed = journal.Single(e => e.ActivityId == "wait" && e.Kind == "activity-completed").At;
        var job = await harness.DirectClient(appliance).Backup.GetJobAsync(run.Outputs["backup"]["JobId"]!.GetValue<string>());
        var lag = noticed - job.EndTime!.Value;
        // A 2.5-minute backup: the first poll, one after 10 s that gives the rate, a few that refine it, one just after the end.
        Assert.InRange(lag, TimeSpan.Zero, TimeSpan.FromSeconds(2));
        Assert.InRange(polls, 3, 6);
    }

    [Fact]
    public void PollSchedule_NoProgressSinceTheLastPoll_BacksOffUpToTheCeiling()
    {
        var schedule = new VCRunbooks.Activities.Jobs.PollSchedule(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(40), 2);

        var delays = new List<TimeSpan> { schedule.BackOff(TimeSpan.FromSeconds(10), first: true) };
        for (var i = 0; i < 3; i++)
        {
            delays.Add(schedule.BackOff(delays[^1], first: false));
        }

        Assert.Equal([10, 20, 40, 40], delays.Select(d => (int)d.TotalSeconds));
    }

    [Fact]
    public void PollSchedule_EndBounds_FarAimsAtTheMiddleNearJustPastTheUpperBound()
    {
        var schedule = new VCRunbooks.Activities.Jobs.PollSchedule(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2), 1.5);
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var far = schedule.ByEndBounds(now.AddSeconds(100), now.AddSeconds(120), now);
        var near = schedule.ByEndBounds(now.AddSeconds(3), now.AddSeconds(4), now);

        Assert.Equal((TimeSpan.FromSeconds(99), false), far);
        Assert.Equal((TimeSpan.FromSeconds(4.25), true), near);
    }

    [Fact]
    public void PollSchedule_SteadyProgress_PollsJustAfterThePredictedEnd()
    {
        var schedule = new VCRunbooks.Activities.Jobs.PollSchedule(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10), 1.5);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        // 40 % (read as 40.5) after 60 s from 0 %: 88 s to go; far from the end, the next poll comes at 90 % of that.
        var far = schedule.UntilEstimatedEnd(start, 0, start.AddSeconds(60), 40);
        // 95 % (95.5) after 95 s: 4.5 s to go; near the end, half a second past it.
        var near = schedule.UntilEstimatedEnd(start, 0, start.AddSeconds(95), 95);

        Assert.InRange(far.Delay.TotalSeconds, 79.0, 79.6);
        Assert.False(far.NearEnd);
        Assert.InRange(near.Delay.TotalSeconds, 4.9, 5.1);
        Assert.True(near.NearEnd);
        Assert.Equal(TimeSpan.FromSeconds(1), schedule.UntilEstimatedEnd(start, 0, start.AddSeconds(60), 100).Delay);
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

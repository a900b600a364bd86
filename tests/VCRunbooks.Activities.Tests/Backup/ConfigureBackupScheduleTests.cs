using System.Text.Json.Nodes;
using VCRunbooks.Activities.Tests.Infrastructure;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Activities.Tests.Backup;

public sealed class ConfigureBackupScheduleTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private static RunbookDefinition Twice(string location) => new()
    {
        Id = "schedule-twice",
        Name = "Configure the schedule twice",
        Inputs = [new RunbookParameter { Name = "target", Type = "string", Required = true }],
        Activities =
        [
            new ActivityDefinition { Id = "start", Type = "Start" },
            new ActivityDefinition { Id = "login", Type = "CreateSession", Inputs = new() { ["Target"] = new JsonObject { ["expr"] = "Inputs.target" } } },
            Schedule("first", location, 23),
            Schedule("second", location, 2),
        ],
        Connections =
        [
            new ConnectionDefinition { From = "start", To = "login" },
            new ConnectionDefinition { From = "login", To = "first" },
            new ConnectionDefinition { From = "first", To = "second" },
        ],
    };

    private static ActivityDefinition Schedule(string id, string location, int hour) => new()
    {
        Id = id,
        Type = "ConfigureBackupSchedule",
        Inputs = new()
        {
            ["Session"] = new JsonObject { ["expr"] = "Output(\"login\", \"Session\").GetValue<string>()" },
            ["Location"] = location, ["LocationUser"] = "backup", ["LocationPasswordSecret"] = "location",
            ["Hour"] = hour, ["Days"] = new JsonArray("Monday", "Thursday"), ["MaxCount"] = 3,
        },
    };

    [Fact]
    public async Task ConfigureBackupSchedule_RunTwice_CreatesThenUpdatesTheOneSchedule()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = sim.NewAppliance();
        await harness.Engine.PublishAsync(Twice($"sftp://backup.sim.local/{Guid.NewGuid():N}"));

        var run = await harness.DriveAsync(await harness.StartRunAsync("schedule-twice", new JsonObject { ["target"] = harness.AddTarget(appliance) }));

        Assert.True(run.Status == RunStatus.Completed, run.Error);
        Assert.Equal("Created", run.Outputs["first"]["Action"]!.GetValue<string>());
        Assert.Equal("Updated", run.Outputs["second"]["Action"]!.GetValue<string>());
        await using var client = harness.DirectClient(appliance);
        var schedule = Assert.Single(await client.Backup.Schedules.ListAsync());
        Assert.Equal(2, schedule.Value.RecurrenceInfo!.Hour);
        Assert.Equal(3, schedule.Value.RetentionInfo!.MaxCount);
    }
}

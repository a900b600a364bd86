using System.Text.Json.Nodes;
using VCRunbooks.Activities.Tests.Infrastructure;
using VCRunbooks.Engine.Runs;
using VCRunbooks.VCenter.Client.Backup;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Activities.Tests.Runbooks;

public sealed class BackupRunbookTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private static JsonObject Inputs(string target, long maxSizeMb = 0) => new()
    {
        ["target"] = target,
        ["locationType"] = "Sftp",
        ["location"] = $"sftp://backup.sim.local/{Guid.NewGuid():N}",
        ["locationUser"] = "backup",
        ["locationPasswordSecret"] = "location",
        ["backupPasswordSecret"] = "archive",
        ["maxSizeMb"] = maxSizeMb,
    };

    [Fact]
    public async Task Backup_HappyPath_CompletesWithOneBackupAndProgressInJournal()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = sim.NewAppliance();

        var runId = await harness.StartRunAsync("backup", Inputs(harness.AddTarget(appliance)));
        var run = await harness.DriveAsync(runId);

        Assert.Equal(RunStatus.Completed, run.Status);
        var started = Assert.Single(appliance.Ledger.Entries, e => e.Kind == "backup.started");
        Assert.Equal(started.Subject, run.Outputs["backup"]["JobId"]!.GetValue<string>());
        Assert.True(run.Outputs["backup"]["SizeMb"]!.GetValue<long>() > 0);
        Assert.Equal("Succeeded", run.Outputs["wait"]["State"]!.GetValue<string>());
        var journal = await harness.JournalTextAsync(runId);
        Assert.Contains("at 100%", journal, StringComparison.Ordinal);
        Assert.DoesNotContain(RunbookHarness.LocationPassword, journal, StringComparison.Ordinal);
        Assert.DoesNotContain(RunbookHarness.BackupPassword, journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_PartsNeedMoreThanLimit_FailsBeforeStartingAnything()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = sim.NewAppliance();

        var run = await harness.DriveAsync(await harness.StartRunAsync("backup", Inputs(harness.AddTarget(appliance), maxSizeMb: 1)));

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Contains("more than the limit of 1 MB", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, appliance.Ledger.Count("backup.started"));
    }

    [Fact]
    public async Task Backup_JobFailsAt40Percent_FaultsNamingTheFailure()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = sim.NewAppliance();
        appliance.Faults.FailNextBackupAtPercent = 40;

        var run = await harness.DriveAsync(await harness.StartRunAsync("backup", Inputs(harness.AddTarget(appliance))));

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Equal("failed", run.FaultedActivityId);
        Assert.Contains("Backup job failed at 40%", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, appliance.Ledger.Count("backup.started"));
    }

    [Fact]
    public async Task Backup_SessionExpiresWhileWaiting_LogsInAgainAndCompletes()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = sim.NewAppliance();
        var runId = await harness.StartRunAsync("backup", Inputs(harness.AddTarget(appliance)));
        await harness.DriveUntilAsync(() => appliance.Ledger.Count("backup.started") == 1);

        appliance.Sessions.ExpireAll();
        var run = await harness.DriveAsync(runId);

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(1, appliance.Ledger.Count("backup.started"));
        Assert.True(appliance.Sessions.Count >= 1, "the client should have logged in again");
    }

    [Fact]
    public async Task Backup_EngineDiesRightAfterStartingJob_NewEngineAdoptsJobWithoutSecondBackup()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = sim.NewAppliance();
        var crash = new CrashPoint();
        harness.WrapClient = c => ClientWithFamily.Create(c, nameof(c.Backup), CrashingFamily.Create(c.Backup, nameof(IBackupClient.StartAsync), crash));
        var runId = (await harness.Engine.StartRunAsync("backup", Inputs(harness.AddTarget(appliance)))).Id;
        await harness.DriveUntilAsync(() => crash.Reached.IsCompleted, step: TimeSpan.FromSeconds(1), orUntil: crash.Reached);

        harness.WrapClient = c => c;
        await harness.RestartAsync();
        var run = await harness.DriveAsync(runId);

        Assert.Equal(RunStatus.Completed, run.Status);
        var started = Assert.Single(appliance.Ledger.Entries, e => e.Kind == "backup.started");
        Assert.Equal(started.Subject, run.Outputs["backup"]["JobId"]!.GetValue<string>());
        Assert.True(run.Outputs["backup"]["Adopted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Backup_EngineDiesBeforeStarting_WhileAnotherBackupGoesToASiblingFolder_StartsItsOwnInsteadOfAdoptingIt()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = sim.NewAppliance();
        var crash = new CrashPoint();
        harness.WrapClient = c => ClientWithFamily.Create(c, nameof(c.Backup), CrashingFamily.Create(c.Backup, nameof(IBackupClient.StartAsync), crash, reachesVCenter: false));
        var inputs = Inputs(harness.AddTarget(appliance));
        var runId = (await harness.Engine.StartRunAsync("backup", inputs)).Id;
        await harness.DriveUntilAsync(() => crash.Reached.IsCompleted, step: TimeSpan.FromSeconds(1), orUntil: crash.Reached);

        // The mark is committed and nothing started. Meanwhile someone backs up to a folder whose name begins with ours.
        await using var direct = harness.DirectClient(appliance);
        var sibling = await direct.Backup.StartAsync(new BackupRequest
        {
            Parts = [],
            LocationType = LocationType.Sftp,
            Location = inputs["location"]!.GetValue<string>() + "-other",
            LocationUser = "backup",
            LocationPassword = RunbookHarness.LocationPassword,
        });
        for (var minute = 0; minute < 120 && (await direct.Backup.GetJobAsync(sibling.Id)).State != ProcessState.Succeeded; minute++)
        {
            harness.Clock.Advance(TimeSpan.FromMinutes(1)); // the dead engine never goes idle, so move only the appliance's clock
        }

        harness.WrapClient = c => c;
        await harness.RestartAsync();
        var run = await harness.DriveAsync(runId);

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(2, appliance.Ledger.Count("backup.started"));
        Assert.NotEqual(sibling.Id, run.Outputs["backup"]["JobId"]!.GetValue<string>());
        Assert.False(run.Outputs["backup"]["Adopted"]!.GetValue<bool>());
    }
}

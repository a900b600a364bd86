using System.Text.Json.Nodes;
using VCRunbooks.Activities.Tests.Infrastructure;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Health;
using VCRunbooks.VCenter.Client.Update;
using VCRunbooks.VCenter.Health;

namespace VCRunbooks.Activities.Tests.Runbooks;

public sealed class PatchingRunbookTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string From = "8.0.2.00100";
    private const string To = "8.0.2.00200";

    private static JsonObject Inputs(string target) => new()
    {
        ["target"] = target,
        ["backupLocation"] = $"sftp://backup.sim.local/{Guid.NewGuid():N}",
        ["locationUser"] = "backup",
        ["locationPasswordSecret"] = "location",
        ["backupPasswordSecret"] = "archive",
        ["userData"] = new JsonArray("vmdir.password=sso"),
    };

    private Appliance Patchable([System.Runtime.CompilerServices.CallerMemberName] string caller = "") =>
        sim.NewAppliance(new ApplianceSpec { Name = "x", Version = From, PendingUpdates = [To], SsoPassword = SimulatorFixture.Password, RootPassword = SimulatorFixture.Password }, caller);

    [Fact]
    public async Task Patching_HappyPath_BacksUpStagesInstallsOnceAndVerifiesVersion()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Patchable();

        var runId = await harness.StartRunAsync("patching", Inputs(harness.AddTarget(appliance)));
        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));

        Assert.True(run.Status == RunStatus.Completed, run.Error + "\n" + await harness.JournalTextAsync(runId));
        Assert.Equal(To, appliance.Version);
        Assert.Equal(To, run.Outputs["version"]["Version"]!.GetValue<string>());
        Assert.Equal(1, appliance.Ledger.Count("backup.started"));
        Assert.Equal(1, appliance.Ledger.Count("update.stage.started"));
        Assert.Equal(1, appliance.Ledger.Count("update.install.started"));
        var backup = appliance.Ledger.Entries.Single(e => e.Kind == "backup.started");
        var stage = appliance.Ledger.Entries.Single(e => e.Kind == "update.stage.started");
        Assert.True(backup.Sequence < stage.Sequence, "the backup must come before staging");
    }

    [Fact]
    public async Task Patching_InstallFailsAt60Percent_CollectsSupportBundleAndFaultsClearly()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Patchable();
        appliance.Faults.FailNextInstallAtPercent = 60;

        var runId = await harness.StartRunAsync("patching", Inputs(harness.AddTarget(appliance)));
        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Equal("failed", run.FaultedActivityId);
        Assert.Contains($"Install of {To} ended InstallFailed", run.Error, StringComparison.Ordinal);
        // vCenter's own reason, from the update task's error, not its generic progress text.
        Assert.Contains($"Installing update {To} failed.", run.Error, StringComparison.Ordinal);
        Assert.Contains("support bundle", run.Error, StringComparison.Ordinal);
        Assert.Equal("Succeeded", run.Outputs["bundleWait"]["State"]!.GetValue<string>());
        Assert.Equal(From, appliance.Version);
    }

    [Fact]
    public async Task Patching_EngineDiesRightAfterStartingInstall_NewEngineDoesNotStageOrInstallAgain()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Patchable();
        var crash = new CrashPoint();
        harness.WrapClient = c => ClientWithFamily.Create(c, nameof(c.Update), CrashingFamily.Create(c.Update, nameof(IUpdateClient.InstallAsync), crash));
        var runId = (await harness.Engine.StartRunAsync("patching", Inputs(harness.AddTarget(appliance)))).Id;
        await harness.DriveUntilAsync(() => crash.Reached.IsCompleted, step: TimeSpan.FromSeconds(5), orUntil: crash.Reached);

        harness.WrapClient = c => c;
        await harness.RestartAsync();
        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));

        Assert.True(run.Status == RunStatus.Completed, run.Error + "\n" + await harness.JournalTextAsync(runId));
        Assert.True(run.Outputs["update"]["Adopted"]!.GetValue<bool>());
        Assert.Equal(1, appliance.Ledger.Count("backup.started"));
        Assert.Equal(1, appliance.Ledger.Count("update.stage.started"));
        Assert.Equal(1, appliance.Ledger.Count("update.install.started"));
        Assert.Equal(To, appliance.Version);
    }

    [Fact]
    public async Task Patching_StorageRed_StopsAtHealthGateWithoutTouchingTheAppliance()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Patchable();
        appliance.Feature<HealthFeature>().Set("storage", HealthLevel.Red, "log partition full");

        var run = await harness.DriveAsync(await harness.StartRunAsync("patching", Inputs(harness.AddTarget(appliance))));

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Equal("unhealthy", run.FaultedActivityId);
        Assert.Contains("\"System\":\"Red\"", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(appliance.Ledger.Entries, e => e.Kind.StartsWith("backup.", StringComparison.Ordinal) || e.Kind.StartsWith("update.", StringComparison.Ordinal));
        Assert.Equal(From, appliance.Version);
    }
}

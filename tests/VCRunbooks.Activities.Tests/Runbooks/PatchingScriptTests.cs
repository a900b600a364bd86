using System.Text.Json.Nodes;
using VCRunbooks.Activities.Tests.Infrastructure;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Health;
using VCRunbooks.VCenter.Client.Update;
using VCRunbooks.VCenter.Health;

namespace VCRunbooks.Activities.Tests.Runbooks;

/// <summary>runbooks/patching.csx on the simulator: what patching.json does, as a script, durable by replay.</summary>
public sealed class PatchingScriptTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Runbook = "patching-script";
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
    public async Task PatchingScript_HappyPath_BacksUpStagesInstallsOnceAndVerifiesVersion()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Patchable();

        var runId = await harness.StartRunAsync(Runbook, Inputs(harness.AddTarget(appliance)));
        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));

        Assert.True(run.Status == RunStatus.Completed, run.Error + "\n" + await harness.JournalTextAsync(runId));
        Assert.Equal(To, appliance.Version);
        Assert.Equal(To, run.Variables["version"]!.GetValue<string>());
        Assert.Equal(1, appliance.Ledger.Count("backup.started"));
        Assert.Equal(1, appliance.Ledger.Count("update.stage.started"));
        Assert.Equal(1, appliance.Ledger.Count("update.install.started"));
        var backup = appliance.Ledger.Entries.Single(e => e.Kind == "backup.started");
        var stage = appliance.Ledger.Entries.Single(e => e.Kind == "update.stage.started");
        Assert.True(backup.Sequence < stage.Sequence, "the backup must come before staging");
        Assert.Contains("Patched to 8.0.2.00200 and healthy", await harness.JournalTextAsync(runId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatchingScript_InstallFailsAt60Percent_CollectsSupportBundleAndFaultsNamingTheLine()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Patchable();
        appliance.Faults.FailNextInstallAtPercent = 60;

        var runId = await harness.StartRunAsync(Runbook, Inputs(harness.AddTarget(appliance)));
        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Contains($"Install of {To} ended InstallFailed", run.Error, StringComparison.Ordinal);
        Assert.Contains("support bundle: task", run.Error, StringComparison.Ordinal);
        Assert.Contains("runbooks/patching.csx failed at line 44", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, appliance.Ledger.Count("update.install.started"));
        Assert.Equal(From, appliance.Version);
    }

    [Fact]
    public async Task PatchingScript_StorageRed_StopsAtHealthGateWithoutTouchingTheAppliance()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Patchable();
        appliance.Feature<HealthFeature>().Set("storage", HealthLevel.Red, "log partition full");

        var run = await harness.DriveAsync(await harness.StartRunAsync(Runbook, Inputs(harness.AddTarget(appliance))));

        Assert.Equal(RunStatus.Faulted, run.Status);
        Assert.Contains("\"System\":\"Red\"", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(appliance.Ledger.Entries, e => e.Kind.StartsWith("backup.", StringComparison.Ordinal) || e.Kind.StartsWith("update.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PatchingScript_EngineDiesDuringTheBackupWaitAndRightAfterStartingInstall_OneBackupOneStageOneInstall()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Patchable();
        var runId = (await harness.Engine.StartRunAsync(Runbook, Inputs(harness.AddTarget(appliance)))).Id;
        await harness.DriveUntilAsync(() => appliance.Ledger.Count("backup.started") == 1, step: TimeSpan.FromSeconds(5));
        await harness.RestartAsync();

        var crash = new CrashPoint();
        harness.WrapClient = c => ClientWithFamily.Create(c, nameof(c.Update), CrashingFamily.Create(c.Update, nameof(IUpdateClient.InstallAsync), crash));
        await harness.DriveUntilAsync(() => crash.Reached.IsCompleted, step: TimeSpan.FromSeconds(5), orUntil: crash.Reached);
        harness.WrapClient = c => c;
        await harness.RestartAsync();
        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));

        Assert.True(run.Status == RunStatus.Completed, run.Error + "\n" + await harness.JournalTextAsync(runId));
        Assert.Equal(1, appliance.Ledger.Count("backup.started"));
        Assert.Equal(1, appliance.Ledger.Count("update.stage.started"));
        Assert.Equal(1, appliance.Ledger.Count("update.install.started"));
        Assert.Equal(To, appliance.Version);
    }
}

using System.Net;
using System.Text.Json;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Json;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Recovery.Backup;
using VCRunbooks.VCenter.Recovery.Reconciliation;
using VCRunbooks.VCenter.Recovery.Restore;

namespace VCRunbooks.Simulator.Tests.Recovery;

/// <summary>Requests and steps the recovery tests share: a backup location, a backup request, a finished backup.</summary>
internal static class RecoveryScenario
{
    public const string BackupPassword = "Backup#2026";
    public const string JobPath = "/api/appliance/recovery/backup/job";
    public const string RestoreJobPath = "/api/appliance/recovery/restore/job";
    public const string RootPassword = "VMware1!";

    /// <summary>A backup folder of its own per test, so tests sharing a simulator never see each other's archives.</summary>
    public static string NewLocation() => $"sftp://backup.lab.local/vcsa/{Guid.NewGuid():N}";

    public static BackupRequest Request(string location, string comment = "runbook backup", params string[] parts) => new()
    {
        Parts = parts.Length == 0 ? ["seat"] : parts,
        LocationType = LocationType.Sftp,
        Location = location,
        LocationUser = "backup",
        LocationPassword = "Secret-1",
        BackupPassword = BackupPassword,
        Comment = comment,
    };

    /// <summary>Starts a backup, lets simulated time run until it ends, and returns its final status.</summary>
    public static async Task<BackupJobStatus> RunBackupAsync(SimulatorFixture sim, VapiTestClient vc, string location, string comment = "runbook backup")
    {
        var created = await vc.PostAsync(JobPath, Request(location, comment));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var id = created.As<BackupJobStatus>().Id;
        sim.Advance(TimeSpan.FromMinutes(15));
        var done = (await vc.GetAsync($"{JobPath}/{id}")).As<BackupJobStatus>();
        Assert.Equal(ProcessState.Succeeded, done.State);
        return done;
    }

    /// <summary>The archive a backup wrote, as archives get describes it (its location is what a restore passes).</summary>
    public static async Task<ArchiveInfo> OnlyArchiveAsync(VapiTestClient vc, string location)
    {
        var system = vc.Appliance.Name;
        var list = await vc.PostAsync($"/api/appliance/recovery/backup/system-name/{system}/archives?action=list",
            new ArchiveListRequest { LocSpec = new LocationSpec { Location = location }, FilterSpec = new ArchiveFilterSpec() });
        var summary = Assert.Single(list.As<List<ArchiveSummary>>());
        var info = await vc.PostAsync($"/api/appliance/recovery/backup/system-name/{system}/archives/{summary.Archive}?action=get",
            new LocationSpec { Location = location });
        Assert.Equal(HttpStatusCode.OK, info.Status);
        return info.As<ArchiveInfo>();
    }

    /// <summary>The value of a /rest answer, typed.</summary>
    public static T RestValue<T>(VapiResponse response) =>
        response.Json.GetProperty("value").Deserialize<T>(VCenterJson.Options)!;

    /// <summary>The field an INVALID_ARGUMENT error names (its first message argument).</summary>
    public static string? ErrorField(VapiResponse response) =>
        response.Json.GetProperty("messages")[0].GetProperty("args") is { ValueKind: JsonValueKind.Array } args && args.GetArrayLength() > 0
            ? args[0].GetString()
            : null;

    /// <summary>Backs up a fresh appliance A and returns its client and the archive, as a restore runbook finds it.</summary>
    public static async Task<(VapiTestClient Source, ArchiveInfo Archive)> BackedUpApplianceAsync(SimulatorFixture sim, string comment = "before decommission")
    {
        var source = sim.NewAppliance();
        await source.LoginAsync();
        var location = NewLocation();
        await RunBackupAsync(sim, source, location, comment);
        return (source, await OnlyArchiveAsync(source, location));
    }

    /// <summary>A freshly deployed appliance waiting for stage 2 (INITIALIZED), at the given version.</summary>
    public static VapiTestClient FreshAppliance(SimulatorFixture sim, string version = "8.0.2.00100", [System.Runtime.CompilerServices.CallerMemberName] string caller = "") =>
        sim.NewAppliance(new ApplianceSpec { Name = "unused", Version = version, State = ApplianceState.Initialized }, caller);

    public static RestoreRequest Restore(ArchiveInfo archive, bool? ignoreWarnings = null) => Restore(archive.Location, ignoreWarnings);

    /// <summary>A restore of the archive whose own folder is <paramref name="archiveLocation"/>.</summary>
    public static RestoreRequest Restore(string archiveLocation, bool? ignoreWarnings = null) => new()
    {
        LocationType = VCenter.Recovery.LocationType.Sftp,
        Location = archiveLocation,
        LocationUser = "backup",
        LocationPassword = "Secret-1",
        BackupPassword = BackupPassword,
        SsoAdminUserName = "administrator@vsphere.local",
        SsoAdminUserPassword = "VMware1!",
        IgnoreWarnings = ignoreWarnings,
    };

    /// <summary>A call on the management side with root basic auth, as on port 5480 of an unconfigured appliance.</summary>
    public static Task<VapiResponse> AsRootAsync(VapiTestClient vc, HttpMethod method, string path, object? body = null) =>
        vc.SendAsync(method, path, body, rootPassword: RootPassword);

    public static async Task<RestoreJobStatus> RestoreStatusAsync(VapiTestClient vc) =>
        (await AsRootAsync(vc, HttpMethod.Get, RestoreJobPath)).As<RestoreJobStatus>();

    /// <summary>An appliance B restored from A's backup (A is gone again): where reconciliation runs.</summary>
    public static async Task<VapiTestClient> RestoredApplianceAsync(SimulatorFixture sim, [System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        var (source, archive) = await BackedUpApplianceAsync(sim);
        source.Dispose();
        var restored = FreshAppliance(sim, caller: caller);
        var created = await AsRootAsync(restored, HttpMethod.Post, RestoreJobPath, Restore(archive));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        sim.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(ProcessState.Succeeded, (await RestoreStatusAsync(restored)).State);
        return restored;
    }

    public static ReconciliationSpec Reconcile(bool? ignoreWarnings = null) => new()
    {
        SsoAdminUserName = "administrator@vsphere.local",
        SsoAdminUserPassword = "VMware1!",
        IgnoreWarnings = ignoreWarnings,
    };
}

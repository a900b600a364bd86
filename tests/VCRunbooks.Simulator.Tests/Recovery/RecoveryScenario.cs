using System.Net;
using System.Text.Json;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Json;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Simulator.Tests.Recovery;

/// <summary>Requests and steps the recovery tests share: a backup location, a backup request, a finished backup.</summary>
internal static class RecoveryScenario
{
    public const string BackupPassword = "Backup#2026";
    public const string JobPath = "/api/appliance/recovery/backup/job";

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
}

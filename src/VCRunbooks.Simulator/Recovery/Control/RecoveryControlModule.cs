using System.Text.Json;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Control;
using VCRunbooks.Simulator.Recovery.Backup;
using VCRunbooks.Simulator.Recovery.Reconciliation;
using VCRunbooks.Simulator.Recovery.Restore;
using VCRunbooks.Simulator.Vapi;

namespace VCRunbooks.Simulator.Recovery.Control;

/// <summary>
/// Scenario endpoints of the recovery families under <c>/simulator/appliances/{name}/recovery</c>: the appliance's
/// recovery state, the archives it wrote, planting an archive, wiping a backup location.
/// </summary>
internal sealed class RecoveryControlModule : IControlModule
{
    public void Map(IEndpointRouteBuilder appliance)
    {
        appliance.MapGet("/recovery", (HttpContext http) => Summary(ControlApi.Appliance(http)!)).WithName("GetRecovery");
        appliance.MapGet("/recovery/archives", (HttpContext http) =>
        {
            var target = ControlApi.Appliance(http)!;
            return target.World.Feature<BackupArchiveStore>().WrittenBy(target.Name).Select(ArchiveView.Of);
        }).WithName("ListArchivesWritten");
        appliance.MapPost("/recovery/archives", (PlantArchiveRequest request, HttpContext http) => Plant(ControlApi.Appliance(http)!, request)).WithName("PlantArchive");
        appliance.MapDelete("/recovery/archives", (string? location, HttpContext http) =>
        {
            if (string.IsNullOrWhiteSpace(location))
            {
                return Results.Problem("location (query) is required: the backup location to wipe.", statusCode: 400);
            }
            var removed = ControlApi.Appliance(http)!.World.Feature<BackupArchiveStore>().Wipe(LocationRules.Normalize(location));
            return Results.Ok(new { removed });
        }).WithName("WipeBackupLocation");
    }

    private static IResult Plant(Appliance appliance, PlantArchiveRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Location) || LocationRules.TypeOf(request.Location) is null)
        {
            return Results.Problem("location must be a URL whose scheme is one of ftp, ftps, http, https, scp, sftp, nfs, smb.", statusCode: 400);
        }
        IReadOnlyList<string> parts;
        try
        {
            parts = BackupParts.Selection(request.Parts ?? ["seat"], "parts");
            BackupRequestRules.CheckPassword(request.BackupPassword, "backupPassword");
        }
        catch (VapiException ex)
        {
            return Results.Problem(ex.Message, statusCode: 400);
        }
        lock (appliance.Sync)
        {
            var now = appliance.Clock.GetUtcNow();
            var version = request.Version ?? appliance.Version;
            var archive = new BackupArchive
            {
                Id = BackupArchive.IdFor(scheduled: false, version, now),
                Location = LocationRules.Normalize(request.Location),
                SystemName = appliance.Name,
                Timestamp = now,
                Version = version,
                Build = request.Version is null ? appliance.Build : VersionCatalog.Find(version).Build,
                Parts = parts,
                Comment = request.Comment ?? "",
                Scheduled = false,
                BackupPassword = request.BackupPassword,
                SsoAdminUser = appliance.Spec.SsoUser,
                SsoAdminPassword = appliance.Spec.SsoPassword,
            };
            appliance.World.Feature<BackupArchiveStore>().Add(archive);
            return Results.Created($"{ControlApi.Prefix}/appliances/{appliance.Name}/recovery/archives", ArchiveView.Of(archive));
        }
    }

    private static RecoverySummary Summary(Appliance appliance)
    {
        lock (appliance.Sync)
        {
            appliance.Advance(appliance.Clock.GetUtcNow());
            var backup = appliance.Feature<BackupFeature>();
            var restore = appliance.Feature<RestoreFeature>().Job;
            var reconciliation = appliance.Feature<ReconciliationFeature>().Job;
            return new RecoverySummary(
                [.. backup.Jobs.Select(j => new BackupJobSummary(j.Id, Wire(j.State), j.Progress, Wire(j.Type), j.Target.Location))],
                [.. backup.Schedules.Keys],
                restore is null ? "NONE" : Wire(restore.State),
                restore?.Progress ?? 0,
                appliance.Feature<RestoreFeature>().RestoredFrom?.FullLocation,
                reconciliation is null ? "NONE" : Wire(reconciliation.Status));
        }
    }

    /// <summary>An enum as the vCenter wire names it (INPROGRESS, SUCCEEDED, ...).</summary>
    private static string Wire<T>(T value) where T : struct, Enum =>
        JsonSerializer.Serialize(value, VCenter.Json.VCenterJson.Options).Trim('"');
}

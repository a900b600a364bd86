using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Simulator.Recovery.Backup;

/// <summary>Backup schedules: create, list, get, update, delete, run now.</summary>
internal sealed class BackupScheduleModule : IVapiModule
{
    private const string Api = "/api/appliance/recovery/backup/schedules";
    private const string Rest = "/rest/appliance/recovery/backup/schedules";

    public void Map(VapiRouteTable routes)
    {
        // /api carries the schedule id in the body; /rest puts it in the path and wraps the spec.
        routes.Add(new VapiOperation { Method = "POST", Api = Api, Rest = Rest + "/{schedule}", RestBody = "spec", Access = Access.Write, Handler = Create });
        routes.Get(Api, Rest, Access.Read, List);
        routes.Get(Api + "/{schedule}", Rest + "/{schedule}", Access.Read, c => VapiResult.Ok(Schedule(c).ToInfo()));
        routes.Add(new VapiOperation
        {
            Method = "PATCH", Api = Api + "/{schedule}", RestMethod = "PUT", Rest = Rest + "/update/{schedule}", RestBody = "spec",
            Access = Access.Write, Handler = Update,
        });
        routes.Add(new VapiOperation { Method = "DELETE", Api = Api + "/{schedule}", Rest = Rest + "/{schedule}", Access = Access.Write, Handler = Delete });
        routes.Add(new VapiOperation { Method = "POST", Api = Api + "/{schedule}?action=run", Rest = Rest + "/{schedule}?action=run", Access = Access.Write, Handler = Run });
    }

    private static VapiResult Create(VapiContext context)
    {
        string id;
        ScheduleCreateSpec spec;
        string prefix;
        if (context.IsRest)
        {
            (id, spec, prefix) = (context.Route("schedule"), context.Body<ScheduleCreateSpec>(), "");
        }
        else
        {
            var request = context.Body<ScheduleCreateRequest>();
            (id, spec, prefix) = (request.Schedule, request.Spec, "spec.");
        }
        if (string.IsNullOrWhiteSpace(id))
        {
            throw VapiException.InvalidArgument("schedule", "a schedule id is required, e.g. 'default'.");
        }
        var feature = context.Appliance.Feature<BackupFeature>();
        if (feature.Schedules.ContainsKey(id))
        {
            throw new VapiException(ErrorType.AlreadyExists, "com.vmware.applmgmt.backup.schedule.exists", $"Backup schedule '{id}' already exists.", id);
        }
        var location = ScheduleRules.Location(spec.Location, prefix + "location");
        BackupRequestRules.CheckPassword(spec.BackupPassword, prefix + "backup_password");
        ScheduleRules.Recurrence(spec.RecurrenceInfo, prefix);
        ScheduleRules.Retention(spec.RetentionInfo, prefix);
        var parts = BackupParts.Selection(spec.Parts ?? [], prefix + "parts");
        feature.Schedules[id] = new BackupSchedule
        {
            Id = id,
            Parts = parts,
            Location = location,
            LocationUser = spec.LocationUser,
            LocationPassword = spec.LocationPassword,
            BackupPassword = spec.BackupPassword,
            Enable = spec.Enable ?? true,
            Recurrence = spec.RecurrenceInfo,
            Retention = spec.RetentionInfo,
            FastBackup = spec.FastBackup,
            HandledUntil = context.Now,
        };
        context.Appliance.Ledger.Record(context.Now, "backup.schedule.created", id, location);
        return VapiResult.NoContent();
    }

    private static VapiResult List(VapiContext context)
    {
        var schedules = context.Appliance.Feature<BackupFeature>().Schedules.Values;
        return context.IsRest
            ? VapiResult.Ok(schedules.Select(s => new { key = s.Id, value = s.ToInfo() }).ToList())
            : VapiResult.Ok(schedules.ToDictionary(s => s.Id, s => s.ToInfo(), StringComparer.Ordinal));
    }

    private static VapiResult Update(VapiContext context)
    {
        var schedule = Schedule(context);
        var spec = context.OptionalBody<ScheduleUpdateSpec>() ?? new ScheduleUpdateSpec();
        // Check everything before changing anything, so a rejected update leaves the schedule as it was.
        var location = spec.Location is null ? null : ScheduleRules.Location(spec.Location, "location");
        BackupRequestRules.CheckPassword(spec.BackupPassword, "backup_password");
        ScheduleRules.Recurrence(spec.RecurrenceInfo, "");
        ScheduleRules.Retention(spec.RetentionInfo, "");
        var parts = spec.Parts is null ? null : BackupParts.Selection(spec.Parts, "parts");
        schedule.Location = location ?? schedule.Location;
        schedule.Parts = parts ?? schedule.Parts;
        schedule.LocationUser = spec.LocationUser ?? schedule.LocationUser;
        schedule.LocationPassword = spec.LocationPassword ?? schedule.LocationPassword;
        schedule.BackupPassword = spec.BackupPassword ?? schedule.BackupPassword;
        schedule.Enable = spec.Enable ?? schedule.Enable;
        schedule.Recurrence = spec.RecurrenceInfo ?? schedule.Recurrence;
        schedule.Retention = spec.RetentionInfo ?? schedule.Retention;
        schedule.FastBackup = spec.FastBackup ?? schedule.FastBackup;
        return VapiResult.NoContent();
    }

    private static VapiResult Delete(VapiContext context)
    {
        var schedule = Schedule(context);
        context.Appliance.Feature<BackupFeature>().Schedules.Remove(schedule.Id);
        return VapiResult.NoContent();
    }

    private static VapiResult Run(VapiContext context)
    {
        var schedule = Schedule(context);
        var comment = context.OptionalBody<ScheduleRunRequest>()?.Comment;
        var job = context.Appliance.Feature<BackupFeature>().Start(
            BackupFeature.ScheduleTarget(schedule, comment), BackupJobType.Scheduled, schedule.Id, context.User?.Name, context.Now);
        return VapiResult.Ok(job.ToStatus());
    }

    private static BackupSchedule Schedule(VapiContext context)
    {
        var id = context.Route("schedule");
        return context.Appliance.Feature<BackupFeature>().Schedules.TryGetValue(id, out var schedule)
            ? schedule
            : throw VapiException.NotFound("Backup schedule", id);
    }
}

using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Simulator.Recovery.Backup;

/// <summary>appliance.recovery and its backup half: parts, validate, jobs (create, list, get, cancel, details).</summary>
internal sealed class BackupJobModule : IVapiModule
{
    public void Map(VapiRouteTable routes)
    {
        routes.Get("/api/appliance/recovery", "/rest/appliance/recovery", Access.Read, _ => VapiResult.Ok(new RecoveryInfo { Supported = true }));
        routes.Get("/api/appliance/recovery/backup/parts", "/rest/appliance/recovery/backup/parts", Access.Read, _ => VapiResult.Ok(BackupParts.All));
        routes.Get("/api/appliance/recovery/backup/parts/{id}", "/rest/appliance/recovery/backup/parts/{id}", Access.Read,
            c => VapiResult.Ok(BackupParts.SizeMb(c.Route("id"), c.Appliance, c.Now)));
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = "/api/appliance/recovery/backup?action=validate", Rest = "/rest/appliance/recovery/backup/validate",
            RestBody = "piece", Access = Access.Write, Handler = Validate,
        });
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = "/api/appliance/recovery/backup/job", Rest = "/rest/appliance/recovery/backup/job",
            RestBody = "piece", Access = Access.Write, Handler = Create,
        });
        routes.Get("/api/appliance/recovery/backup/job", "/rest/appliance/recovery/backup/job", Access.Read,
            c => VapiResult.Ok(c.Appliance.Feature<BackupFeature>().Jobs.Reverse().Select(j => j.Id).ToList()));
        routes.Get("/api/appliance/recovery/backup/job/details", "/rest/appliance/recovery/backup/job/details", Access.Read, Details);
        routes.Get("/api/appliance/recovery/backup/job/{id}", "/rest/appliance/recovery/backup/job/{id}", Access.Read,
            c => VapiResult.Ok(Job(c).ToStatus()));
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = "/api/appliance/recovery/backup/job/{id}?action=cancel", Rest = "/rest/appliance/recovery/backup/job/{id}/cancel",
            Access = Access.Write, Handler = Cancel,
        });
    }

    private static VapiResult Validate(VapiContext context)
    {
        var request = context.Body<BackupRequest>();
        var feature = context.Appliance.Feature<BackupFeature>();
        feature.EnsureIdle();
        var (_, warnings) = BackupRequestRules.Check(request);
        return VapiResult.Ok(new ReturnResult
        {
            Status = warnings.Count > 0 ? ReturnStatus.Warning : ReturnStatus.Ok,
            Messages = warnings.Count > 0 ? warnings : [RecoveryMessages.Of("validate.ok", "The backup request is valid.")],
        });
    }

    private static VapiResult Create(VapiContext context)
    {
        var request = context.Body<BackupRequest>();
        var (target, _) = BackupRequestRules.Check(request);
        var job = context.Appliance.Feature<BackupFeature>().Start(target, BackupJobType.Manual, schedule: null, context.User?.Name, context.Now);
        return VapiResult.Created(job.ToStatus());
    }

    private static VapiResult Cancel(VapiContext context)
    {
        var job = Job(context);
        if (!job.IsRunning)
        {
            return VapiResult.Ok(new ReturnResult
            {
                Status = ReturnStatus.Fail,
                Messages = [RecoveryMessages.Of("job.cancel.finished", $"Backup job '{job.Id}' has already finished ({job.State.ToString().ToUpperInvariant()}).", job.Id)],
            });
        }
        job.Fail(context.Now, job.Progress, RecoveryMessages.Of("job.canceled", $"Backup job '{job.Id}' was canceled by {context.User?.Name ?? "the user"}.", job.Id));
        return VapiResult.Ok(new ReturnResult
        {
            Status = ReturnStatus.Ok,
            Messages = [RecoveryMessages.Of("job.cancel.ok", $"Backup job '{job.Id}' was canceled.", job.Id)],
        });
    }

    private static VapiResult Details(VapiContext context)
    {
        // /api takes jobs=a&jobs=b; /rest takes filter.jobs, repeated or indexed (filter.jobs.1=a).
        var wanted = context.IsRest
            ? context.Http.Request.Query.Where(q => q.Key == "filter.jobs" || q.Key.StartsWith("filter.jobs.", StringComparison.Ordinal))
                .SelectMany(q => q.Value).Where(v => v is not null).Select(v => v!).ToHashSet(StringComparer.Ordinal)
            : context.QueryAll("jobs").ToHashSet(StringComparer.Ordinal);
        var jobs = context.Appliance.Feature<BackupFeature>().Jobs.Where(j => wanted.Count == 0 || wanted.Contains(j.Id)).ToList();
        return context.IsRest
            ? VapiResult.Ok(jobs.Select(j => new { key = j.Id, value = j.ToDetails(context.Now) }).ToList())
            : VapiResult.Ok(jobs.ToDictionary(j => j.Id, j => j.ToDetails(context.Now), StringComparer.Ordinal));
    }

    private static BackupJob Job(VapiContext context)
    {
        var id = context.Route("id");
        return context.Appliance.Feature<BackupFeature>().Find(id) ?? throw VapiException.NotFound("Backup job", id);
    }
}

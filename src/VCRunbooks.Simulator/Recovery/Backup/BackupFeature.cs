using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Recovery.Restore;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Simulator.Recovery.Backup;

/// <summary>
/// One appliance's backup jobs and schedules. Advancing replays simulated time in order: jobs finish (writing
/// their archive to the shared store), and each schedule occurrence that fell due starts a job at that moment,
/// so a long jump of the clock runs every backup the schedule would have run.
/// </summary>
internal sealed class BackupFeature(Appliance appliance) : IApplianceFeature<BackupFeature>
{
    /// <summary>Fixed cost of a job (prechecks, quiescing, manifest) before data moves.</summary>
    private static readonly TimeSpan BaseDuration = TimeSpan.FromSeconds(90);
    /// <summary>Transfer time per MB of the selected parts.</summary>
    private static readonly TimeSpan PerMegabyte = TimeSpan.FromSeconds(0.25);

    private readonly List<BackupJob> _jobs = [];
    private readonly SortedDictionary<string, BackupSchedule> _schedules = new(StringComparer.Ordinal);

    public static BackupFeature Create(Appliance appliance)
    {
        appliance.World.Feature<BackupArchiveStore>().RegisterWriter(appliance);
        return new BackupFeature(appliance);
    }

    public IReadOnlyList<BackupJob> Jobs => _jobs;
    public IDictionary<string, BackupSchedule> Schedules => _schedules;
    public bool IsRunning => _jobs.Any(j => j.IsRunning);

    private BackupArchiveStore Store => appliance.World.Feature<BackupArchiveStore>();

    public BackupJob? Find(string id) => _jobs.FirstOrDefault(j => j.Id == id);

    /// <summary>Throws FEATURE_IN_USE while a backup or a restore runs on this appliance.</summary>
    public void EnsureIdle()
    {
        if (IsRunning || appliance.Feature<RestoreFeature>().IsRunning)
        {
            throw new VapiException(ErrorType.FeatureInUse, "com.vmware.applmgmt.backup.job.in_progress",
                "A backup or restore is already in progress.");
        }
    }

    public BackupJob Start(BackupTarget target, BackupJobType type, string? schedule, string? user, DateTimeOffset at)
    {
        EnsureIdle();
        if (appliance.State != ApplianceState.Configured)
        {
            throw VapiException.NotAllowed("Backup is available only on a configured vCenter Server.");
        }
        var sizeMb = target.Parts.Sum(p => BackupParts.SizeMb(p, appliance, at));
        var duration = BaseDuration + PerMegabyte * sizeMb;
        if (target.FastBackup is true)
        {
            duration *= 0.7;
        }
        var failAt = appliance.Faults.FailNextBackupAtPercent;
        appliance.Faults.FailNextBackupAtPercent = null;
        var job = new BackupJob
        {
            Id = NewId(at),
            Target = target,
            Type = type,
            Schedule = schedule,
            StartTime = at,
            Duration = duration,
            SizeBytes = sizeMb * 1024 * 1024,
            FailAtPercent = failAt,
            Version = appliance.Version,
            Build = appliance.Build,
            User = user,
        };
        _jobs.Add(job);
        appliance.Ledger.Record(at, "backup.started", job.Id, target.Location);
        return job;
    }

    public void Advance(DateTimeOffset now)
    {
        while (NextDue(now) is { } due)
        {
            var (schedule, at) = due;
            AdvanceJobs(at);
            schedule.HandledUntil = at;
            // A real appliance skips an occurrence that finds a backup or restore already running, or no vCenter
            // to back up; Advance must never throw, so check rather than call and catch.
            if (!IsRunning && !appliance.Feature<RestoreFeature>().IsRunning && appliance.State == ApplianceState.Configured)
            {
                Start(ScheduleTarget(schedule), BackupJobType.Scheduled, schedule.Id, user: null, at);
            }
        }
        AdvanceJobs(now);
    }

    public static BackupTarget ScheduleTarget(BackupSchedule schedule, string? comment = null) => new()
    {
        Location = schedule.Location,
        LocationType = LocationRules.TypeOf(schedule.Location) ?? VCenter.Recovery.LocationType.Sftp,
        LocationUser = schedule.LocationUser,
        Parts = BackupParts.Selection(schedule.Parts, "parts"),
        BackupPassword = schedule.BackupPassword,
        Comment = comment ?? $"Scheduled backup ({schedule.Id})",
        FastBackup = schedule.FastBackup,
    };

    private (BackupSchedule Schedule, DateTimeOffset At)? NextDue(DateTimeOffset now)
    {
        (BackupSchedule, DateTimeOffset)? next = null;
        foreach (var schedule in _schedules.Values)
        {
            if (schedule.NextOccurrence() is { } at && at <= now && (next is null || at < next.Value.Item2))
            {
                next = (schedule, at);
            }
        }
        return next;
    }

    private void AdvanceJobs(DateTimeOffset now)
    {
        foreach (var job in _jobs.Where(j => j.IsRunning))
        {
            if (job.FailureTime is { } failure && failure <= now && failure <= job.CompletionTime)
            {
                job.Fail(failure, job.FailAtPercent!.Value, RecoveryMessages.Of("job.failed",
                    $"Backup failed at {job.FailAtPercent}%: the transfer to '{job.Target.Location}' was interrupted.", job.Target.Location));
            }
            else if (job.CompletionTime <= now)
            {
                Complete(job);
            }
            else
            {
                job.UpdateProgress(now);
            }
        }
    }

    private void Complete(BackupJob job)
    {
        job.Succeed(job.CompletionTime);
        Store.Add(new BackupArchive
        {
            Id = BackupArchive.IdFor(job.Type == BackupJobType.Scheduled, job.Version, job.StartTime),
            Location = job.Target.Location,
            SystemName = appliance.Name,
            Timestamp = job.StartTime,
            Version = job.Version,
            Build = job.Build,
            Parts = job.Target.Parts,
            Comment = job.Target.Comment,
            Scheduled = job.Type == BackupJobType.Scheduled,
            BackupPassword = job.Target.BackupPassword,
            SsoAdminUser = appliance.Spec.SsoUser,
            SsoAdminPassword = appliance.Spec.SsoPassword,
        });
        if (job.Schedule is { } id && _schedules.TryGetValue(id, out var schedule) && schedule.Retention is { } retention)
        {
            var pruned = Store.PruneScheduled(job.Target.Location, appliance.Name, retention.MaxCount);
            if (pruned > 0)
            {
                appliance.Ledger.Record(job.CompletionTime, "backup.pruned", id, $"{pruned} archive(s) beyond max_count {retention.MaxCount}");
            }
        }
    }

    private string NewId(DateTimeOffset at)
    {
        var stamp = at.UtcDateTime;
        string id;
        do
        {
            id = $"{stamp:yyyyMMdd-HHmmss}-{appliance.Build}";
            stamp = stamp.AddSeconds(1);
        }
        while (_jobs.Any(j => j.Id == id));
        return id;
    }
}

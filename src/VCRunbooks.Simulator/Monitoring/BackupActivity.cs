using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Recovery.Backup;

namespace VCRunbooks.Simulator.Monitoring;

/// <summary>
/// When backups ran on an appliance. Every <c>backup.started</c> ledger entry opens a window. If the backup family
/// knows the job (same id), the window ends when the job ended, failed or will complete; otherwise the next
/// <c>backup.*</c> ledger entry for the same subject closes it, and a window never closed lasts <see cref="AssumedDuration"/>.
/// </summary>
internal sealed class BackupActivity
{
    public static readonly TimeSpan AssumedDuration = TimeSpan.FromMinutes(15);

    private readonly List<(DateTimeOffset From, DateTimeOffset To)> _windows = [];

    public BackupActivity(Appliance appliance)
    {
        var entries = appliance.Ledger.Entries;
        var starts = entries.Where(e => e.Kind == "backup.started").ToList();
        // Only look at the backup family when it has recorded something, so monitoring never creates its state.
        var jobs = starts.Count > 0 ? appliance.Feature<BackupFeature>().Jobs : [];
        foreach (var start in starts)
        {
            var job = jobs.FirstOrDefault(j => j.Id == start.Subject);
            var end = job is not null
                ? job.EndTime ?? job.FailureTime ?? job.CompletionTime
                : entries.FirstOrDefault(e => e.Sequence > start.Sequence && e.Subject == start.Subject
                    && e.Kind.StartsWith("backup.", StringComparison.Ordinal) && e.Kind != "backup.started")?.Time ?? start.Time + AssumedDuration;
            _windows.Add((start.Time, end));
        }
    }

    public bool Running(DateTimeOffset at) => _windows.Any(w => at >= w.From && at < w.To);
}

using VCRunbooks.Simulator.Ledger;

namespace VCRunbooks.Simulator.Monitoring;

/// <summary>
/// When backups ran, read from the appliance's side-effect ledger so monitoring needs nothing from the backup
/// family: a <c>backup.started</c> entry opens a window that the next <c>backup.*</c> entry for the same job
/// (succeeded, failed, canceled, ...) closes; a window never closed lasts <see cref="AssumedDuration"/>.
/// </summary>
internal sealed class BackupActivity
{
    public static readonly TimeSpan AssumedDuration = TimeSpan.FromMinutes(15);

    private readonly List<(DateTimeOffset From, DateTimeOffset To)> _windows = [];

    public BackupActivity(IReadOnlyList<LedgerEntry> entries)
    {
        foreach (var start in entries.Where(e => e.Kind == "backup.started"))
        {
            var end = entries.FirstOrDefault(e => e.Sequence > start.Sequence && e.Subject == start.Subject
                && e.Kind.StartsWith("backup.", StringComparison.Ordinal) && e.Kind != "backup.started");
            _windows.Add((start.Time, end?.Time ?? start.Time + AssumedDuration));
        }
    }

    public bool Running(DateTimeOffset at) => _windows.Any(w => at >= w.From && at < w.To);
}

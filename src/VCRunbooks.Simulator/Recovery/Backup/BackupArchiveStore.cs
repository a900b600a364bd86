using VCRunbooks.Simulator.Appliances;

namespace VCRunbooks.Simulator.Recovery.Backup;

/// <summary>
/// Every backup location of the simulated world and the archives written there, shared by all appliances so
/// that one appliance's backup is found by another's restore. Guarded by its own lock: callers hold only
/// their own appliance's lock.
/// </summary>
internal sealed class BackupArchiveStore
{
    private readonly Lock _sync = new();
    private readonly List<BackupArchive> _archives = [];
    private readonly List<Appliance> _writers = [];

    /// <summary>Remembers an appliance that backs up, so readers elsewhere can bring it up to date first.</summary>
    public void RegisterWriter(Appliance writer)
    {
        lock (_sync)
        {
            _writers.Add(writer);
        }
    }

    /// <summary>
    /// Brings every other backing-up appliance up to now before <paramref name="reader"/> looks at the store:
    /// appliances advance lazily, so a backup that finished (or a schedule that fell due) on an appliance nobody
    /// has called since would otherwise be missing. The caller holds its own appliance's lock; an appliance whose
    /// lock is taken is being served and so advanced already, and is skipped rather than waited for, which keeps
    /// two appliances reading each other's archives from deadlocking.
    /// </summary>
    public void CatchUp(Appliance reader)
    {
        Appliance[] writers;
        lock (_sync)
        {
            writers = [.. _writers];
        }
        foreach (var writer in writers.Where(w => w != reader))
        {
            if (writer.Sync.TryEnter())
            {
                try
                {
                    writer.Advance(writer.Clock.GetUtcNow());
                }
                finally
                {
                    writer.Sync.Exit();
                }
            }
        }
    }

    public void Add(BackupArchive archive)
    {
        lock (_sync)
        {
            _archives.Add(archive);
        }
    }

    /// <summary>The system names with archives at a location; null when nothing was ever backed up there.</summary>
    public IReadOnlyList<string>? Systems(string location)
    {
        lock (_sync)
        {
            var here = _archives.Where(a => a.Location == location).ToList();
            return here.Count == 0 ? null : [.. here.Select(a => a.SystemName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>A system's archives at a location, newest first; null when the location or system has none.</summary>
    public IReadOnlyList<BackupArchive>? Archives(string location, string systemName)
    {
        lock (_sync)
        {
            var found = _archives.Where(a => a.Location == location && a.SystemName == systemName).OrderByDescending(a => a.Timestamp).ToList();
            return found.Count == 0 ? null : found;
        }
    }

    /// <summary>The archive whose own folder is <paramref name="fullLocation"/>.</summary>
    public BackupArchive? FindByFullLocation(string fullLocation)
    {
        lock (_sync)
        {
            return _archives.LastOrDefault(a => a.FullLocation == fullLocation);
        }
    }

    /// <summary>Every archive a system wrote, wherever it went.</summary>
    public IReadOnlyList<BackupArchive> WrittenBy(string systemName)
    {
        lock (_sync)
        {
            return [.. _archives.Where(a => a.SystemName == systemName).OrderBy(a => a.Timestamp)];
        }
    }

    /// <summary>Keeps the newest <paramref name="maxCount"/> scheduled archives of a system at a location; returns how many went.</summary>
    public int PruneScheduled(string location, string systemName, long maxCount)
    {
        lock (_sync)
        {
            var old = _archives.Where(a => a.Location == location && a.SystemName == systemName && a.Scheduled)
                .OrderByDescending(a => a.Timestamp).Skip((int)Math.Min(maxCount, int.MaxValue)).ToList();
            foreach (var archive in old)
            {
                _archives.Remove(archive);
            }
            return old.Count;
        }
    }

    /// <summary>Deletes every archive at a location, as if the backup server's disk were wiped.</summary>
    public int Wipe(string location)
    {
        lock (_sync)
        {
            return _archives.RemoveAll(a => a.Location == location);
        }
    }
}

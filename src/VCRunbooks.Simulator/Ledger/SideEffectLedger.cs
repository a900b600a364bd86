namespace VCRunbooks.Simulator.Ledger;

/// <summary>
/// Every side effect an appliance started (backup, restore, stage, install, ...), in order, so tests can
/// prove that nothing ran twice.
/// </summary>
public sealed class SideEffectLedger
{
    private readonly Lock _sync = new();
    private readonly List<LedgerEntry> _entries = [];

    /// <summary>Appends a side effect, e.g. <c>Record(now, "backup.started", jobId, location)</c>; sequence numbers count from 1.</summary>
    public void Record(DateTimeOffset time, string kind, string subject, string? detail = null)
    {
        lock (_sync)
        {
            _entries.Add(new LedgerEntry(_entries.Count + 1, time, kind, subject, detail));
        }
    }

    /// <summary>A snapshot of every entry, oldest first (also <c>GET /simulator/appliances/{name}/ledger</c>).</summary>
    public IReadOnlyList<LedgerEntry> Entries
    {
        get { lock (_sync) { return [.. _entries]; } }
    }

    /// <summary>How many entries of <paramref name="kind"/> there are, e.g. <c>Count("update.install.started")</c>.</summary>
    public int Count(string kind)
    {
        lock (_sync)
        {
            return _entries.Count(e => e.Kind == kind);
        }
    }
}

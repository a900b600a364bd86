namespace VCRunbooks.Simulator.Ledger;

/// <summary>
/// Every side effect an appliance started (backup, restore, stage, install, ...), in order, so tests can
/// prove that nothing ran twice.
/// </summary>
public sealed class SideEffectLedger
{
    private readonly Lock _sync = new();
    private readonly List<LedgerEntry> _entries = [];

    public void Record(DateTimeOffset time, string kind, string subject, string? detail = null)
    {
        lock (_sync)
        {
            _entries.Add(new LedgerEntry(_entries.Count + 1, time, kind, subject, detail));
        }
    }

    public IReadOnlyList<LedgerEntry> Entries
    {
        get { lock (_sync) { return [.. _entries]; } }
    }

    public int Count(string kind)
    {
        lock (_sync)
        {
            return _entries.Count(e => e.Kind == kind);
        }
    }
}

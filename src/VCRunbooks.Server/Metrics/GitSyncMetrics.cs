using System.Diagnostics.Metrics;

namespace VCRunbooks.Server.Metrics;

/// <summary>The git sync's counters (on the server's meter): syncs by result, versions published and retracted, files in error.</summary>
internal sealed class GitSyncMetrics
{
    private readonly Counter<long> _syncs;
    private readonly Counter<long> _published;
    private readonly Counter<long> _retracted;
    private readonly Counter<long> _invalidFiles;
    private int _filesInError;

    public GitSyncMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(ServerMetrics.MeterName);
        _syncs = meter.CreateCounter<long>("vcrunbooks.git.syncs", description: "Git syncs, by result: ok, errors (some files invalid) or failed (the fetch or the store failed).");
        _published = meter.CreateCounter<long>("vcrunbooks.git.published", description: "Runbook versions published from git.");
        _retracted = meter.CreateCounter<long>("vcrunbooks.git.retracted", description: "Runbooks retracted because their file left the branch.");
        _invalidFiles = meter.CreateCounter<long>("vcrunbooks.git.invalid_files", description: "Invalid runbook files met by syncs (each sync counts each one).");
        meter.CreateObservableGauge("vcrunbooks.git.files_in_error", () => Volatile.Read(ref _filesInError), description: "Runbook files the last sync found invalid; their previous versions stay published.");
    }

    public void Synced(string result, int published, int retracted, int invalid)
    {
        _syncs.Add(1, new KeyValuePair<string, object?>("result", result));
        _published.Add(published);
        _retracted.Add(retracted);
        _invalidFiles.Add(invalid);
        Volatile.Write(ref _filesInError, invalid);
    }

    public void SyncFailed() => _syncs.Add(1, new KeyValuePair<string, object?>("result", "failed"));
}

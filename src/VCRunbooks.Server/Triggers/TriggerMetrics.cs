using System.Diagnostics.Metrics;
using VCRunbooks.Server.Metrics;

namespace VCRunbooks.Server.Triggers;

/// <summary>Trigger counters on the server's meter (served at /metrics): accepted, rejected by reason, runs started.</summary>
internal sealed class TriggerMetrics
{
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _accepted;
    private readonly Counter<long> _runsStarted;
    private readonly Counter<long> _writeBackFailures;

    public TriggerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(ServerMetrics.MeterName);
        _rejected = meter.CreateCounter<long>("vcrunbooks.triggers.rejected", description: "Trigger requests refused, by trigger and reason.");
        _accepted = meter.CreateCounter<long>("vcrunbooks.triggers.accepted", description: "Trigger requests accepted, by trigger.");
        _runsStarted = meter.CreateCounter<long>("vcrunbooks.triggers.runs_started", description: "Runs started by triggers, by trigger.");
        _writeBackFailures = meter.CreateCounter<long>("vcrunbooks.triggers.writeback_failures", description: "Write-backs that failed after their retries, by system.");
    }

    public void Rejected(string trigger, string reason) =>
        _rejected.Add(1, new KeyValuePair<string, object?>("trigger", trigger), new KeyValuePair<string, object?>("reason", reason));

    public void Accepted(string trigger) => _accepted.Add(1, new KeyValuePair<string, object?>("trigger", trigger));

    public void RunStarted(string trigger) => _runsStarted.Add(1, new KeyValuePair<string, object?>("trigger", trigger));

    public void WriteBackFailed(string system) => _writeBackFailures.Add(1, new KeyValuePair<string, object?>("system", system));
}

using System.Diagnostics.Metrics;

namespace VCRunbooks.Server.Metrics;

/// <summary>The server's own counters, exported with ASP.NET Core's and MassTransit's at /metrics.</summary>
internal sealed class ServerMetrics
{
    public const string MeterName = "VCRunbooks.Server";

    private readonly Counter<long> _eventsPublished;
    private readonly Counter<long> _publishFailures;
    private readonly Counter<long> _secretsWritten;

    public ServerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _eventsPublished = meter.CreateCounter<long>("vcrunbooks.events.published", description: "Engine events relayed to the bus.");
        _publishFailures = meter.CreateCounter<long>("vcrunbooks.events.publish_failures", description: "Relay attempts that failed and will be retried.");
        _secretsWritten = meter.CreateCounter<long>("vcrunbooks.secrets.written", description: "Secrets created or replaced.");
    }

    public void EventPublished() => _eventsPublished.Add(1);
    public void PublishFailed() => _publishFailures.Add(1);
    public void SecretWritten() => _secretsWritten.Add(1);
}

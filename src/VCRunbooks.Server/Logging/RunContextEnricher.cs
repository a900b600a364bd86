using Serilog.Core;
using Serilog.Events;

namespace VCRunbooks.Server.Logging;

/// <summary>
/// Adds RunId and ActivityId from <see cref="RunLogContext"/> unless a logging scope already set them, and a
/// RunContext text (" run=… activity=…") the console template shows only when there is one.
/// </summary>
internal sealed class RunContextEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (RunLogContext.RunId is { } runId)
        {
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("RunId", runId));
        }
        if (RunLogContext.ActivityId is { } activityId)
        {
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("ActivityId", activityId));
        }
        var text = Text(logEvent, "RunId", " run=") + Text(logEvent, "ActivityId", " activity=");
        logEvent.AddOrUpdateProperty(propertyFactory.CreateProperty("RunContext", text));
    }

    private static string Text(LogEvent logEvent, string name, string prefix) =>
        logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: { } v } ? prefix + v : "";
}

using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace VCRunbooks.Server.Tests.Infrastructure;

/// <summary>Keeps every log event it gets, rendered as the JSON a file sink would write.</summary>
public sealed class CollectingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>All events as compact JSON plus rendered text: what any sink could have written.</summary>
    public string AllText()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var formatter = new CompactJsonFormatter();
        foreach (var e in _events)
        {
            formatter.Format(e, writer);
            writer.WriteLine(e.RenderMessage(CultureInfo.InvariantCulture));
            writer.WriteLine(e.Exception?.ToString());
        }
        return writer.ToString();
    }
}

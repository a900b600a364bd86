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
    private readonly ConcurrentBag<(Func<LogEvent, bool> Match, TaskCompletionSource<LogEvent> Found)> _waiters = [];

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent)
    {
        _events.Enqueue(logEvent);
        foreach (var (match, found) in _waiters)
        {
            if (match(logEvent))
            {
                found.TrySetResult(logEvent);
            }
        }
    }

    /// <summary>The first event, already logged or still to come, that <paramref name="match"/> accepts.</summary>
    public Task<LogEvent> WaitForAsync(Func<LogEvent, bool> match)
    {
        var found = new TaskCompletionSource<LogEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Add((match, found));
        if (_events.FirstOrDefault(match) is { } already)
        {
            found.TrySetResult(already);
        }
        return found.Task;
    }

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

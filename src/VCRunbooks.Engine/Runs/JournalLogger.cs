using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace VCRunbooks.Engine.Runs;

/// <summary>An activity's logger: each line goes to the run's journal (committed with the state) and to the host's log.</summary>
internal sealed class JournalLogger(RunSession session, string activityId, ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        session.AddJournal("log", activityId, message, new JsonObject { ["level"] = logLevel.ToString() });
        if (inner.IsEnabled(logLevel))
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}

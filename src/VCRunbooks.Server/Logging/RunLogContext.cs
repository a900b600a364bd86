namespace VCRunbooks.Server.Logging;

/// <summary>
/// The run and activity the current async flow works for. The engine's hooks push it around each step, and the
/// enricher writes RunId and ActivityId on every log line made inside.
/// </summary>
public static class RunLogContext
{
    private static readonly AsyncLocal<(string? RunId, string? ActivityId)> Current = new();

    /// <summary>The run the current async flow works for, or null outside a run.</summary>
    public static string? RunId => Current.Value.RunId;
    /// <summary>The activity the current async flow executes, or null outside a step.</summary>
    public static string? ActivityId => Current.Value.ActivityId;

    /// <summary>Sets the run (and optionally activity) until the returned scope is disposed.</summary>
    public static IDisposable Push(string runId, string? activityId = null)
    {
        var previous = Current.Value;
        Current.Value = (runId, activityId);
        return new Scope(previous);
    }

    private sealed class Scope((string?, string?) previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

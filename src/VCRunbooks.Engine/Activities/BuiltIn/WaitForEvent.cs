using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <summary>
/// Waits for <c>RaiseEventAsync(EventName, CorrelationKey, payload)</c>: outcome Received, or TimedOut when the timeout passes
/// first. An event raised before the wait is committed is kept pending and taken by it.
/// </summary>
[Activity("Timing", "Waits for a named event with a correlation key, optionally with a timeout.", Traits = ActivityTraits.Pure | ActivityTraits.Suspends)]
[Outcomes("Received", "TimedOut")]
public sealed class WaitForEvent : Activity
{
    /// <summary>The event name to wait for.</summary>
    [Input(Required = true, Description = "The event name.")]
    public string EventName { get; set; } = string.Empty;

    /// <summary>The key that picks this run's event among others of the same name.</summary>
    [Input(Required = true, Description = "The key that picks this run's event among others of the same name.")]
    public string CorrelationKey { get; set; } = string.Empty;

    /// <summary>How long to wait before taking TimedOut; null waits forever.</summary>
    [Input(Description = "How long to wait before taking TimedOut; waits forever when absent.")]
    public TimeSpan? Timeout { get; set; }

    /// <summary>The event's payload; null on TimedOut or when the event carried none.</summary>
    [Output(Description = "The event's payload.")]
    public JsonNode? Payload { get; set; }

    /// <inheritdoc/>
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (context.Resumption is { } r)
        {
            if (r.IsTimer)
            {
                return ValueTask.FromResult(ActivityResult.Complete("TimedOut"));
            }

            Payload = r.Payload;
            return ValueTask.FromResult(ActivityResult.Complete("Received"));
        }

        var wait = BookmarkRequest.Event(EventName, CorrelationKey);
        return ValueTask.FromResult(Timeout is { } t
            ? ActivityResult.Suspend(wait, BookmarkRequest.Timer(context.Time.GetUtcNow() + t))
            : ActivityResult.Suspend(wait));
    }
}

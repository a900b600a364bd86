namespace VCRunbooks.Engine.Activities;

/// <summary>
/// Base class of every activity. Inputs arrive in [Input] properties before <see cref="ExecuteAsync"/>;
/// [Output] properties are read after it completes. One instance serves one execution.
/// </summary>
public abstract class Activity
{
    /// <summary>Completes with outcomes, suspends on bookmarks, or throws to fault.</summary>
    public abstract ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);
}

namespace VCRunbooks.Engine.Scripts;

/// <summary>An activity a script called failed (after its retries); a script may catch it, or let it fault the run.</summary>
public sealed class ActivityFailedException : Exception
{
    /// <summary>A failure without details; the engine itself uses the constructor that names the call.</summary>
    public ActivityFailedException()
    {
    }

    /// <summary>A failure with a message (a script may throw one of its own).</summary>
    public ActivityFailedException(string message)
        : base(message)
    {
    }

    /// <summary>A failure wrapping its cause.</summary>
    public ActivityFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal ActivityFailedException(string activity, int line, string error)
        : base($"{activity} (line {line}) failed: {error}")
    {
        Activity = activity;
        Line = line;
        Error = error;
    }

    /// <summary>The activity type called.</summary>
    public string Activity { get; } = string.Empty;

    /// <summary>The script line of the call.</summary>
    public int Line { get; }

    /// <summary>The activity's own error message.</summary>
    public string Error { get; } = string.Empty;
}

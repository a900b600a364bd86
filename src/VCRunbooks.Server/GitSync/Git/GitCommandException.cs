namespace VCRunbooks.Server.GitSync.Git;

/// <summary>A git command that failed: which one (without URLs or credentials) and what git said.</summary>
public sealed class GitCommandException : Exception
{
    /// <summary>A failure with a message naming the command and git's output, never a URL with credentials or a key.</summary>
    public GitCommandException(string message)
        : base(message)
    {
    }

    /// <summary>A failure without details.</summary>
    public GitCommandException()
    {
    }

    /// <summary>A failure wrapping its cause (the process could not start, or timed out).</summary>
    public GitCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

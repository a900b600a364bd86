namespace VCRunbooks.Server.GitSync.Git;

/// <summary>A git command that failed: which one (without URLs or credentials) and what git said.</summary>
public sealed class GitCommandException : Exception
{
    public GitCommandException(string message)
        : base(message)
    {
    }

    public GitCommandException()
    {
    }

    public GitCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace VCRunbooks.Server.GitSync.Git;

/// <summary>A commit: its SHA, author ("Name &lt;email&gt;"), time and subject line.</summary>
internal sealed record GitCommit(string Sha, string Author, DateTimeOffset AuthoredAt, string Subject);

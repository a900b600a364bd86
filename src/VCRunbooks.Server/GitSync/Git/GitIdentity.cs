namespace VCRunbooks.Server.GitSync.Git;

/// <summary>A name and e-mail address as git records them for an author or committer.</summary>
internal sealed record GitIdentity(string Name, string Email);

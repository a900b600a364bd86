namespace VCRunbooks.Server.GitSync.Git;

/// <summary>A file in a commit's tree: its repository path and blob id (equal ids, equal content).</summary>
internal sealed record GitTreeEntry(string Path, string Blob);

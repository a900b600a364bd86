namespace VCRunbooks.Server.GitSync;

/// <summary>A draft pushed for review: the branch made on the remote, its commit, the file's path, and the commit it was based on.</summary>
internal sealed record DraftPushResponse(string Branch, string Commit, string Path, string Base);

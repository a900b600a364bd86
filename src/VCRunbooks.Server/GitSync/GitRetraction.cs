namespace VCRunbooks.Server.GitSync;

/// <summary>A runbook retracted by a sync: its file left the branch, new runs are refused, runs in flight finish.</summary>
internal sealed record GitRetraction(string RunbookId, string Path);

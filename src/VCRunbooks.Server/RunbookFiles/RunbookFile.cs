namespace VCRunbooks.Server.RunbookFiles;

/// <summary>One file of a runbook repository: its path relative to the runbooks folder ('/' separated) and its text.</summary>
internal sealed record RunbookFile(string Path, string Text);

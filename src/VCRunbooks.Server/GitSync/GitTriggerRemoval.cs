namespace VCRunbooks.Server.GitSync;

/// <summary>A trigger taken away because its file left the branch.</summary>
internal sealed record GitTriggerRemoval(string TriggerId, string Path);

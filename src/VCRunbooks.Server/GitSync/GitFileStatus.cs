using VCRunbooks.Server.RunbookFiles;

namespace VCRunbooks.Server.GitSync;

/// <summary>
/// One file of the synced commit: its kind, the runbook it defines and the version now published for it, and its state:
/// published (a new version at this commit), unchanged, invalid (nothing published; <see cref="Version"/> is the version
/// kept), or skipped (no kind this server knows). A trigger file names its trigger in <see cref="TriggerId"/>.
/// </summary>
internal sealed record GitFileStatus(string Path, string? Kind, string? RunbookId, int? Version, string State, IReadOnlyList<RunbookFileError> Errors, string? TriggerId = null);

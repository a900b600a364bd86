namespace VCRunbooks.Server.RunbookFiles;

/// <summary>
/// What checking one file found: its kind, the runbook it defines (when that much could be read), every error, and the
/// parsed form its kind's publisher takes (a definition for JSON) when there is no error.
/// </summary>
internal sealed record RunbookFileCheck(string Path, string Kind, string? RunbookId, IReadOnlyList<RunbookFileError> Errors, object? Parsed)
{
    public bool Valid => Errors.Count == 0;
}

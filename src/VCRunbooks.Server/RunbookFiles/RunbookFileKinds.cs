namespace VCRunbooks.Server.RunbookFiles;

/// <summary>
/// The file kinds this server knows, asked in registration order; a file no kind takes is reported as skipped,
/// never as an error, so a repository may hold kinds a newer server (or another tool) reads.
/// </summary>
internal sealed class RunbookFileKinds(IEnumerable<IRunbookFileKind> kinds)
{
    private readonly IReadOnlyList<IRunbookFileKind> _kinds = [.. kinds];

    public IRunbookFileKind? Find(string path) => _kinds.FirstOrDefault(k => k.Handles(path));

    /// <summary>Why a file no kind takes was skipped, in words for the output and the status.</summary>
    public static string Skipped(string path) =>
        Path.GetExtension(path) is { Length: > 0 } extension
            ? $"skipped: this server has no runbook file kind for '{extension}' files"
            : "skipped: this server has no runbook file kind for files without an extension";
}

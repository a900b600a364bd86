using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace VCRunbooks.Server.Runbooks;

/// <summary>
/// What the runbook loader last found in each file (data/runbook-files.json): the text's hash and the published version
/// it matched. A restart whose file and latest version are both unchanged skips parsing (and, for a script, Roslyn)
/// and comparing: the comparison's answer is known. Anything else is checked as if the index were not there.
/// </summary>
internal sealed class RunbookFileIndex
{
    private readonly string _path;
    private readonly Dictionary<string, Entry> _entries;

    private RunbookFileIndex(string path, Dictionary<string, Entry> entries)
    {
        _path = path;
        _entries = entries;
    }

    public static RunbookFileIndex Open(string path)
    {
        try
        {
            var read = File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, Entry>>(File.ReadAllBytes(path)) : null;
            return new RunbookFileIndex(path, read ?? new Dictionary<string, Entry>(StringComparer.Ordinal));
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            // A damaged index only costs one full check of every file.
            return new RunbookFileIndex(path, new Dictionary<string, Entry>(StringComparer.Ordinal));
        }
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The runbook a file held when it last matched version <c>latest</c> of it, when text and version are unchanged since.</summary>
    public bool Unchanged(string file, string hash, IReadOnlyDictionary<string, int> latestVersions) =>
        _entries.TryGetValue(file, out var entry) && entry.Hash == hash
        && latestVersions.TryGetValue(entry.RunbookId, out var latest) && latest == entry.Version;

    public void Record(string file, string hash, string runbookId, int version) => _entries[file] = new Entry(hash, runbookId, version);

    public void Forget(string file) => _entries.Remove(file);

    public void Save()
    {
        try
        {
            var temporary = _path + ".tmp";
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(_entries));
            File.Move(temporary, _path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Next start checks every file again.
        }
    }

    internal sealed record Entry(string Hash, string RunbookId, int Version);
}

using System.Collections.Concurrent;

namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>The trigger files that did not load at start, with their errors, so the console can show them.</summary>
internal sealed class TriggerLoadReport
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<TriggerError>> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, IReadOnlyList<TriggerError>> Files => _files;

    public void Failed(string file, IReadOnlyList<TriggerError> errors) => _files[file] = errors;

    public void Loaded(string file) => _files.TryRemove(file, out _);
}

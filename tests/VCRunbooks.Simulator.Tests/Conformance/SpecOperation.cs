using System.Text.Json;

namespace VCRunbooks.Simulator.Tests.Conformance;

/// <summary>One operation of the real API's Swagger files: method, path key and declared responses.</summary>
public sealed record SpecOperation(string File, string Method, string Key, string Path, string? Action, bool IsTask, JsonElement Responses)
{
    private readonly string[] _segments = Path.Trim('/').Split('/');

    public int Precedence => _segments.Count(s => !s.StartsWith('{'));

    public bool Matches(string method, string[] path, string? action, bool isTask)
    {
        if (!string.Equals(Method, method, StringComparison.OrdinalIgnoreCase) || Action != action || IsTask != isTask || path.Length != _segments.Length)
        {
            return false;
        }
        for (var i = 0; i < path.Length; i++)
        {
            if (!_segments[i].StartsWith('{') && !string.Equals(_segments[i], path[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    public static (string Path, string? Action, bool IsTask) SplitKey(string key)
    {
        var q = key.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
        {
            return (key, null, false);
        }
        string? action = null;
        var isTask = false;
        foreach (var pair in key[(q + 1)..].Split('&'))
        {
            var parts = pair.Split('=', 2);
            if (parts[0] is "action" or "~action")
            {
                action = parts[1];
            }
            else if (parts[0] == "vmw-task")
            {
                isTask = true;
            }
        }
        return (key[..q], action, isTask);
    }
}

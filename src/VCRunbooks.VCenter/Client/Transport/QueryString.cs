using System.Globalization;

namespace VCRunbooks.VCenter.Client.Transport;

/// <summary>Builds query strings; null values are left out, each value escaped.</summary>
internal sealed class QueryString
{
    private readonly List<string> _pairs = [];

    public QueryString Add(string name, string? value)
    {
        if (value is not null)
        {
            _pairs.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        return this;
    }

    public QueryString Add(string name, DateTimeOffset? value) =>
        Add(name, value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    public QueryString Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryString Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    public QueryString AddAll(string name, IEnumerable<string>? values)
    {
        foreach (var value in values ?? [])
        {
            Add(name, value);
        }
        return this;
    }

    /// <summary>"?a=1&amp;b=2" (or "&amp;a=1..." when the path already has a query), or "" when empty.</summary>
    public string AppendTo(string path) =>
        _pairs.Count == 0 ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join('&', _pairs);
}

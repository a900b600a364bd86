using System.Collections.Concurrent;

namespace VCRunbooks.Server.Logging;

/// <summary>
/// Secret values the process has handled. The redaction enricher replaces any of them found in a log event, so a
/// password that slips into a message or exception text by accident is still not written.
/// </summary>
internal sealed class SecretValueRegistry
{
    /// <summary>Shorter values would redact ordinary words; such secrets are rejected at write time anyway.</summary>
    public const int MinimumLength = 4;

    private readonly ConcurrentDictionary<string, byte> _values = new(StringComparer.Ordinal);

    public void Add(string value)
    {
        if (value.Length >= MinimumLength)
        {
            _values.TryAdd(value, 0);
        }
    }

    public bool IsEmpty => _values.IsEmpty;

    /// <summary>The text with every known secret value replaced by ***.</summary>
    public string Scrub(string text)
    {
        foreach (var value in _values.Keys)
        {
            if (text.Contains(value, StringComparison.Ordinal))
            {
                text = text.Replace(value, Redaction.Mask, StringComparison.Ordinal);
            }
        }
        return text;
    }
}

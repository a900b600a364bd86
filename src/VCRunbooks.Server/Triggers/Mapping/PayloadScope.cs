using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Triggers.Mapping;

/// <summary>What paths read: the batch item (or the payload), the whole payload and the request headers.</summary>
internal sealed record PayloadScope(JsonNode? Item, JsonNode? Event, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}

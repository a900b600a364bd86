using System.Text.Json;
using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// The journal row that holds all lines of one commit (SQLite): kind <see cref="Kind"/>, seq the last line's,
/// data a JSON array of {seq, at, kind, activityId?, message, data?}. One INSERT and one index entry per commit
/// instead of one per line; readers page by seq exactly as with one row per line.
/// </summary>
internal static class JournalBatch
{
    public const string Kind = "batch";

    public static void Write(Utf8JsonWriter writer, IReadOnlyList<JournalRecord> lines)
    {
        writer.WriteStartArray();
        foreach (var line in lines)
        {
            writer.WriteStartObject();
            writer.WriteNumber("seq", line.Seq);
            writer.WriteNumber("at", line.AtMs);
            writer.WriteString("kind", line.Kind);
            if (line.ActivityId is not null)
            {
                writer.WriteString("activityId", line.ActivityId);
            }

            writer.WriteString("message", line.Message);
            if (line.Data is not null)
            {
                writer.WritePropertyName("data");
                writer.WriteRawValue(line.Data, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Flush();
    }

    /// <summary>The lines a row holds, in seq order.</summary>
    public static IEnumerable<JournalEntry> Expand(JournalRecord row)
    {
        if (row.Kind != Kind)
        {
            yield return new JournalEntry(row.Seq, DateTimeOffset.FromUnixTimeMilliseconds(row.AtMs), row.Kind, row.ActivityId, row.Message, row.Data is null ? null : JsonNode.Parse(row.Data));
            yield break;
        }

        using var document = JsonDocument.Parse(row.Data ?? "[]");
        foreach (var line in document.RootElement.EnumerateArray())
        {
            yield return new JournalEntry(
                line.GetProperty("seq").GetInt64(),
                DateTimeOffset.FromUnixTimeMilliseconds(line.GetProperty("at").GetInt64()),
                line.GetProperty("kind").GetString()!,
                line.TryGetProperty("activityId", out var activityId) ? activityId.GetString() : null,
                line.GetProperty("message").GetString()!,
                line.TryGetProperty("data", out var data) ? JsonNode.Parse(data.GetRawText()) : null);
        }
    }
}

using System.Text.Json;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// The outbox row that holds all events of one commit (SQLite): a JSON array of {type, runId?, at, payload}.
/// Each event keeps its own id — the row's id is the last one's, the others precede it — so readers page,
/// relay and delete single messages exactly as with one row per event.
/// </summary>
internal static class OutboxBatch
{
    public const string Type = "batch";

    public static string Payload(OutboxRecord record) =>
        record.Event is { } message ? JsonSerializer.Serialize(message, TypeInfo(message)) : record.Payload;

    /// <summary>Serialises the events that are still objects, once, for a commit whose events are also read as single payloads.</summary>
    public static void Materialize(IEnumerable<OutboxRecord> records)
    {
        foreach (var record in records.Where(r => r.Event is not null))
        {
            record.Payload = Payload(record);
            record.Event = null;
        }
    }

    /// <summary>Writes the events of a commit as one array into the buffer (UTF-8).</summary>
    public static void Write(Utf8JsonWriter writer, string rowRunId, IReadOnlyList<OutboxRecord> records)
    {
        writer.WriteStartArray();
        foreach (var record in records)
        {
            writer.WriteStartObject();
            writer.WriteString("type", record.Type);
            if (!string.Equals(record.RunId, rowRunId, StringComparison.Ordinal))
            {
                writer.WriteString("runId", record.RunId);
            }

            writer.WriteNumber("at", record.CreatedAtMs);
            writer.WritePropertyName("payload");
            if (record.Event is { } message)
            {
                JsonSerializer.Serialize(writer, message, TypeInfo(message));
            }
            else
            {
                writer.WriteRawValue(record.Payload, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Flush();
    }

    /// <summary>The messages of a row, in id order.</summary>
    public static IEnumerable<OutboxMessage> Expand(OutboxRecord row)
    {
        if (row.Type != Type)
        {
            yield return new OutboxMessage(row.Id, row.RunId, row.Type, row.Payload, DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs));
            yield break;
        }

        using var document = JsonDocument.Parse(row.Payload);
        foreach (var (id, element) in Elements(row, document))
        {
            yield return new OutboxMessage(
                id,
                element.TryGetProperty("runId", out var runId) ? runId.GetString()! : row.RunId,
                element.GetProperty("type").GetString()!,
                element.GetProperty("payload").GetRawText(),
                DateTimeOffset.FromUnixTimeMilliseconds(element.GetProperty("at").GetInt64()));
        }
    }

    /// <summary>
    /// Drops the row's events with the given ids; returns how many it dropped. The kept events are copied as they
    /// are, with their ids written out (they may no longer be consecutive), so their payloads stay byte for byte.
    /// </summary>
    public static int Remove(OutboxRecord row, IReadOnlySet<long> ids)
    {
        using var document = JsonDocument.Parse(row.Payload);
        var kept = new List<string>();
        var keptIds = new List<long>();
        foreach (var (id, element) in Elements(row, document))
        {
            if (ids.Contains(id))
            {
                continue;
            }

            var text = element.GetRawText();
            // An element is an object: its id goes in front of its other properties.
            kept.Add(element.TryGetProperty("id", out _) ? text : "{\"id\":" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + text[1..]);
            keptIds.Add(id);
        }

        var removed = row.EventCount - kept.Count;
        if (removed > 0)
        {
            row.Payload = "[" + string.Join(",", kept) + "]";
            row.EventCount = kept.Count;
            row.FirstId = keptIds.Count > 0 ? keptIds[0] : row.FirstId;
        }

        return removed;
    }

    /// <summary>Each event with its id: written out once the row was trimmed, else consecutive from the row's first id.</summary>
    private static IEnumerable<(long Id, JsonElement Element)> Elements(OutboxRecord row, JsonDocument document)
    {
        var next = row.FirstId ?? row.Id - row.EventCount + 1;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var id = element.TryGetProperty("id", out var explicitId) ? explicitId.GetInt64() : next;
            next = id + 1;
            yield return (id, element);
        }
    }

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo TypeInfo(object message) =>
        RunEventJson.Default.GetTypeInfo(message.GetType()) ?? throw new ArgumentException($"{message.GetType().Name} is not a run event.", nameof(message));
}

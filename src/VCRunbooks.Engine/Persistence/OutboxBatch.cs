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
        var id = row.Id - row.EventCount + 1;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            yield return new OutboxMessage(
                id++,
                element.TryGetProperty("runId", out var runId) ? runId.GetString()! : row.RunId,
                element.GetProperty("type").GetString()!,
                element.GetProperty("payload").GetRawText(),
                DateTimeOffset.FromUnixTimeMilliseconds(element.GetProperty("at").GetInt64()));
        }
    }

    /// <summary>Drops the events up to and including the id from a batch row that also holds later ones; returns how many it dropped.</summary>
    public static int TrimThrough(OutboxRecord row, long throughId)
    {
        var first = row.Id - row.EventCount + 1;
        var drop = (int)Math.Clamp(throughId - first + 1, 0, row.EventCount);
        if (drop == 0)
        {
            return 0;
        }

        // The kept events' text is copied as it is, so their payloads stay byte-for-byte what was relayed so far.
        using var document = JsonDocument.Parse(row.Payload);
        row.Payload = "[" + string.Join(",", document.RootElement.EnumerateArray().Skip(drop).Select(e => e.GetRawText())) + "]";
        row.EventCount -= drop;
        return drop;
    }

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo TypeInfo(object message) =>
        RunEventJson.Default.GetTypeInfo(message.GetType()) ?? throw new ArgumentException($"{message.GetType().Name} is not a run event.", nameof(message));
}

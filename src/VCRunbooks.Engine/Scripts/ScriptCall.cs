using System.Globalization;
using System.Text.Json.Nodes;
using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// One call a script made, as journaled in the run's state (the replay source): which activity, from which line,
/// its status (pending, waiting, done, failed), attempt, result or error, the bookmarks it waits on, and when it
/// resolved. A thin view over the JSON object, so the engine commits it with the run's state as it is.
/// </summary>
internal sealed class ScriptCall(JsonObject record)
{
    /// <summary>The result key that carries the call's outcome next to its outputs.</summary>
    public const string OutcomeKey = "__outcome";

    public const string Pending = "pending";
    public const string Waiting = "waiting";
    public const string Done = "done";
    public const string Failed = "failed";

    public JsonObject Record { get; } = record;

    public static ScriptCall Create(int seq, string type, int line) => new(new JsonObject
    {
        ["seq"] = seq,
        ["type"] = type,
        ["line"] = line,
        ["status"] = Pending,
        ["attempt"] = 1,
    });

    public int Seq => (int)Record["seq"]!;

    public string Type => (string)Record["type"]!;

    public int Line => (int)Record["line"]!;

    /// <summary>The step id the called activity sees (its idempotency and question keys derive from it): line and call number.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"L{Line}.{Seq}");

    public string Status
    {
        get => (string)Record["status"]!;
        set => Record["status"] = value;
    }

    public int Attempt
    {
        get => (int)Record["attempt"]!;
        set => Record["attempt"] = value;
    }

    public long? StartedAtMs
    {
        get => (long?)Record["startedAt"];
        set => Record["startedAt"] = value;
    }

    public long AtMs
    {
        get => (long?)Record["at"] ?? 0;
        set => Record["at"] = value;
    }

    public JsonObject? Result
    {
        get => Record["result"] as JsonObject;
        set => Record["result"] = value;
    }

    public string? Error
    {
        get => (string?)Record["error"];
        set => Record["error"] = value;
    }

    public bool IsResolved => Status is Done or Failed;

    /// <summary>What the call waits on; timers carry their call number in the name (<c>timer@7</c>) so a fired one finds its call.</summary>
    public IReadOnlyList<BookmarkRequest> Bookmarks =>
        Record["bookmarks"] is JsonArray array
            ? array.OfType<JsonObject>().Select(b => new BookmarkRequest
            {
                Name = (string)b["name"]!,
                CorrelationKey = (string?)b["key"],
                DueAt = b["dueAt"] is { } due ? DateTimeOffset.FromUnixTimeMilliseconds((long)due) : null,
                Metadata = b["metadata"]?.DeepClone() as JsonObject,
            }).ToList()
            : [];

    public void Wait(IEnumerable<BookmarkRequest> bookmarks)
    {
        Status = Waiting;
        Record["bookmarks"] = new JsonArray(bookmarks.Select(b => (JsonNode)new JsonObject
        {
            ["name"] = b.IsTimer && !b.Name.EndsWith(Suffix, StringComparison.Ordinal) ? b.Name + Suffix : b.Name,
            ["key"] = b.CorrelationKey,
            ["dueAt"] = b.DueAt?.ToUnixTimeMilliseconds(),
            ["metadata"] = b.Metadata?.DeepClone(),
        }).ToArray());
    }

    public void Resolve(string status, long atMs)
    {
        Status = status;
        AtMs = atMs;
        Record.Remove("bookmarks");
    }

    /// <summary>Whether a fired bookmark is one of this call's waits; gives the resumption the activity itself sees.</summary>
    public Resumption? Match(Resumption fired)
    {
        foreach (var b in Bookmarks)
        {
            if (fired.IsTimer && b.IsTimer && b.Name == fired.Name)
            {
                return fired with { Name = b.Name[..^Suffix.Length] };
            }

            if (!fired.IsTimer && !b.IsTimer && b.Name == fired.Name && b.CorrelationKey == fired.CorrelationKey)
            {
                return fired;
            }
        }

        return null;
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"call {Seq} ({Type} at line {Line})");

    private string Suffix => "@" + Seq.ToString(CultureInfo.InvariantCulture);
}

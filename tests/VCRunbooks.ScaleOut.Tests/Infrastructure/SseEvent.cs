using System.Text.Json.Nodes;

namespace VCRunbooks.ScaleOut.Tests.Infrastructure;

/// <summary>One Server-Sent Event: its name, its data and when the test read it.</summary>
public sealed record SseEvent(string Type, string Data, DateTimeOffset ReceivedAt)
{
    public JsonObject Json => JsonNode.Parse(Data)!.AsObject();

    public string? RunId => Json["runId"]?.GetValue<string>();

    public string? ActivityId => Json["activityId"]?.GetValue<string>();
}

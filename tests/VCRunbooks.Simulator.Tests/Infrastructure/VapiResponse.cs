using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using VCRunbooks.VCenter.Json;

namespace VCRunbooks.Simulator.Tests.Infrastructure;

/// <summary>An answer from the simulator: status, raw text, and typed views of the body.</summary>
public sealed record VapiResponse(HttpStatusCode Status, string Text, HttpResponseHeaders Headers)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement.Clone();

    public T As<T>() => JsonSerializer.Deserialize<T>(Text, VCenterJson.Options)!;

    /// <summary>The error_type of an /api error envelope.</summary>
    public string? ErrorType => Json.TryGetProperty("error_type", out var type) ? type.GetString() : null;

    public override string ToString() => $"{(int)Status} {Text}";
}

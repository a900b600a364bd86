using System.Text.Json;
using System.Text.Json.Serialization;

namespace VCRunbooks.Engine.Runs;

internal static class RunStateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(RunState state) => JsonSerializer.Serialize(state, RunStateJsonContext.Default.RunState);

    public static RunState Deserialize(string json) => JsonSerializer.Deserialize(json, RunStateJsonContext.Default.RunState)!;
}

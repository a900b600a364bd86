using System.Text.Json;
using System.Text.Json.Serialization;

namespace VCRunbooks.Engine.Activities;

/// <summary>How typed step state is written into the step's JSON state: camelCase names and enum values, nulls kept (they remove keys).</summary>
internal static class StepStateJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}

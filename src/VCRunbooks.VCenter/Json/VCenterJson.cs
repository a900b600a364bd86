using System.Text.Json;
using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Json;

/// <summary>The JSON conventions of the vCenter REST API: snake_case names, upper-case enums, no nulls.</summary>
public static class VCenterJson
{
    /// <summary>Options shared by the client and the simulator so both speak the same wire format.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // vCenter rejects enum values it does not know; so do we (no integers, no unknown names).
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false) },
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

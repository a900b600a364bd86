using System.Text.Json;
using System.Text.Json.Serialization;

namespace VCRunbooks.Engine.Definitions;

/// <summary>The JSON shape of runbook definitions: camelCase, enums as strings, comments allowed.</summary>
public static class RunbookJson
{
    /// <summary>The serializer options of the format (unknown properties are rejected); shared, so never change them.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Why text that holds an escaped half of a surrogate pair is refused.</summary>
    public const string LoneSurrogate = "holds an escaped lone surrogate (a \\ud800-\\udfff escape without its pair); text must be valid UTF-16";

    /// <summary>Parses a definition; malformed JSON throws <see cref="RunbookValidationException"/> naming the path.</summary>
    public static RunbookDefinition Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<RunbookDefinition>(json, Options)
                ?? throw new RunbookValidationException([new ValidationError("$", "the document is null")]);
        }
        catch (JsonException ex)
        {
            var (path, reason) = JsonErrorText.Describe(ex);
            throw new RunbookValidationException([new ValidationError(path, reason)]);
        }
        catch (InvalidOperationException) when (JsonErrorText.FindUnreadableString(json) is { } path)
        {
            throw new RunbookValidationException([new ValidationError(path, LoneSurrogate)]);
        }
    }

    /// <summary>Writes a definition in the format <see cref="Parse"/> reads, leaving out null properties.</summary>
    public static string Serialize(RunbookDefinition definition) => JsonSerializer.Serialize(definition, Options);
}

using System.Text.Json;
using System.Text.RegularExpressions;
using VCRunbooks.VCenter.Json;

namespace VCRunbooks.Simulator.Vapi;

/// <summary>Turns request JSON into typed values, with vCenter's INVALID_ARGUMENT errors that name the field.</summary>
internal static partial class RequestBody
{
    public static JsonElement Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw VapiException.InvalidArgument("request_body", $"malformed JSON ({ex.Message})");
        }
    }

    public static T Deserialize<T>(JsonElement element)
    {
        try
        {
            return element.Deserialize<T>(VCenterJson.Options)
                ?? throw VapiException.InvalidArgument("request_body", "a value is required.");
        }
        catch (JsonException ex)
        {
            throw VapiException.InvalidArgument(FieldOf(ex), ReasonOf(ex));
        }
    }

    private static string FieldOf(JsonException ex)
    {
        var missing = MissingProperties().Match(ex.Message);
        if (missing.Success)
        {
            return missing.Groups["names"].Value.Replace("'", "", StringComparison.Ordinal);
        }
        var path = ex.Path ?? "$";
        return path == "$" ? "request_body" : path.TrimStart('$', '.');
    }

    private static string ReasonOf(JsonException ex) =>
        MissingProperties().IsMatch(ex.Message) ? "the field is required." : "the value is missing, of the wrong type, or not one of the allowed values.";

    [GeneratedRegex("missing required properties including: (?<names>.+)\\.")]
    private static partial Regex MissingProperties();
}

using System.Text.Json;

namespace VCRunbooks.VCenter.Errors;

/// <summary>Wire names of error types: UPPER_SNAKE for /api, com.vmware.vapi.std.errors.lower_snake for /rest.</summary>
public static class ErrorTypeNames
{
    public static string ApiName(ErrorType type) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(type.ToString());

    public static string RestName(ErrorType type) =>
        "com.vmware.vapi.std.errors." + JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString());

    public static bool TryParseRestName(string name, out ErrorType type)
    {
        const string prefix = "com.vmware.vapi.std.errors.";
        type = ErrorType.Error;
        if (!name.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var pascal = string.Concat(name[prefix.Length..].Split('_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
        return Enum.TryParse(pascal, out type);
    }
}

using System.Text.Json;

namespace VCRunbooks.VCenter.Errors;

/// <summary>Wire names of error types: UPPER_SNAKE for /api, com.vmware.vapi.std.errors.lower_snake for /rest.</summary>
public static class ErrorTypeNames
{
    /// <summary>The /api wire name of <paramref name="type"/>, e.g. <c>NOT_FOUND</c>.</summary>
    public static string ApiName(ErrorType type) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(type.ToString());

    /// <summary>The /rest wire name of <paramref name="type"/>, e.g. <c>com.vmware.vapi.std.errors.not_found</c>.</summary>
    public static string RestName(ErrorType type) =>
        "com.vmware.vapi.std.errors." + JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString());

    /// <summary>Parses a /rest wire name (<c>com.vmware.vapi.std.errors.lower_snake</c>); false for any other name, with <paramref name="type"/> set to <see cref="ErrorType.Error"/>.</summary>
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

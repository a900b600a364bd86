using System.Text.Json;
using VCRunbooks.VCenter.Json;

namespace VCRunbooks.VCenter.Client.Transport;

/// <summary>The wire spelling of an enum value (as the shared JSON options write it), for queries.</summary>
internal static class WireNames
{
    public static string Of<T>(T value) where T : struct, Enum => JsonSerializer.Serialize(value, VCenterJson.Options).Trim('"');
}

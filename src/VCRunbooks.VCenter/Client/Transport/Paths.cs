namespace VCRunbooks.VCenter.Client.Transport;

/// <summary>Escaping of values placed into paths and queries.</summary>
internal static class Paths
{
    public static string Segment(string value, string argumentName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty.", argumentName);
        }
        return Uri.EscapeDataString(value);
    }

    public static string Query(string value) => Uri.EscapeDataString(value);
}

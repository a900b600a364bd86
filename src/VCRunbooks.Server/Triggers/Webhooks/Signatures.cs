using System.Security.Cryptography;
using System.Text;

namespace VCRunbooks.Server.Triggers.Webhooks;

/// <summary>HMAC-SHA256 checks over the raw body, compared in constant time.</summary>
internal static class Signatures
{
    public static byte[] Hmac(byte[] key, ReadOnlySpan<byte> data) => HMACSHA256.HashData(key, data);

    public static byte[] Hmac(string key, ReadOnlySpan<byte> data) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), data);

    /// <summary>True when <paramref name="hex"/> (either case) is the HMAC.</summary>
    public static bool HexMatches(byte[] expected, string? hex)
    {
        if (hex is null || hex.Length != expected.Length * 2)
        {
            return false;
        }
        try
        {
            return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(hex));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static bool Base64Matches(byte[] expected, string? base64)
    {
        if (base64 is null)
        {
            return false;
        }
        var buffer = new byte[(base64.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(base64, buffer, out var written) && CryptographicOperations.FixedTimeEquals(expected, buffer.AsSpan(0, written));
    }

    public static bool TextMatches(string expected, string? actual) =>
        actual is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}

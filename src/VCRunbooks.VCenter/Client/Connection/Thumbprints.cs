using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VCRunbooks.VCenter.Client.Connection;

/// <summary>SHA-256 certificate pinning.</summary>
internal static class Thumbprints
{
    /// <summary>Upper-case hex without separators, or null when it is not a SHA-256 thumbprint.</summary>
    public static string? Normalize(string thumbprint)
    {
        var hex = thumbprint.Replace(":", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return hex.Length == 64 && hex.All(Uri.IsHexDigit) ? hex : null;
    }

    /// <summary>The TLS validation a target asks for: pinned, insecure, or the platform's CA validation.</summary>
    public static RemoteCertificateValidationCallback Validator(VCenterTarget target)
    {
        if (target.Insecure)
        {
            // Accepting any certificate is the explicit, off-by-default lab option the target asked for.
#pragma warning disable CA5359
            return (_, _, _, _) => true;
#pragma warning restore CA5359
        }
        if (target.CertificateThumbprint is { } pinned)
        {
            var expected = Normalize(pinned)!;
            // A pinned certificate is trusted by its hash alone: appliances usually present self-signed VMCA certificates.
            return (_, certificate, _, _) => certificate is not null
                && string.Equals(Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256)), expected, StringComparison.Ordinal);
        }
        return (_, _, _, errors) => errors == SslPolicyErrors.None;
    }

    public static string Of(X509Certificate certificate) => Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256));
}

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using VCRunbooks.Server.Hosting;

namespace VCRunbooks.Server.Secrets;

/// <summary>
/// The Data Protection keys that encrypt secrets, kept in the data folder's <c>keys</c>. With
/// <c>Secrets:KeyCertificate:Path</c> (a PFX, or a PEM with <c>KeyPath</c>) the keys themselves are encrypted with
/// that certificate, so a copy of the data folder alone does not reveal them. Several nodes share the keys folder
/// and the certificate.
/// </summary>
internal static class KeyProtection
{
    public const string SectionName = "Secrets:KeyCertificate";

    public static IServiceCollection AddSecretKeys(this IServiceCollection services, IConfiguration configuration, DataFolder data)
    {
        var keys = services.AddDataProtection().SetApplicationName("VCRunbooks").PersistKeysToFileSystem(new DirectoryInfo(data.File("keys")));
        if (LoadCertificate(configuration.GetSection(SectionName)) is { } certificate)
        {
            keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        return services;
    }

    /// <summary>The configured certificate, or null when none is; throws naming the setting when it cannot be used.</summary>
    internal static X509Certificate2? LoadCertificate(IConfigurationSection section)
    {
        var path = section["Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{SectionName}:Path names '{path}', which does not exist.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
                ? X509Certificate2.CreateFromPemFile(path, section["KeyPath"])
                : X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException($"{SectionName}:Path '{path}' could not be read as a certificate with its private key (check {SectionName}:Password or :KeyPath): {ex.Message}", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"{SectionName}:Path '{path}' holds no private key; the keys could not be decrypted again.");
        }

        return certificate;
    }
}

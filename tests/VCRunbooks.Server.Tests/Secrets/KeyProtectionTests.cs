using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Secrets;

/// <summary>
/// With Secrets:KeyCertificate the keys that encrypt secrets are themselves encrypted on disk: the data folder
/// alone opens nothing, the folder with the certificate opens everything. The services are built, not started.
/// </summary>
public sealed class KeyProtectionTests
{
    private static string WriteCertificate(TempDirectory folder, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=vcrunbooks-keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder.Path, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    private static IDataProtector Protector(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-protection-test");

    [Fact]
    public async Task Protect_WithKeyCertificate_KeysOnDiskAreEncryptedAndOnlyTheCertificateOpensThem()
    {
        using var data = new TempDirectory();
        using var certificates = new TempDirectory();
        var pfx = WriteCertificate(certificates, "s3cret");
        string sealedText;
        await using (var server = UnstartedServer.Build(data, $"--Secrets:KeyCertificate:Path={pfx}", "--Secrets:KeyCertificate:Password=s3cret"))
        {
            sealedText = Protector(server.Services).Protect("the vCenter password");
        }

        var keyXml = string.Concat(Directory.GetFiles(Path.Combine(data.Path, "keys"), "*.xml").Select(File.ReadAllText));
        Assert.Contains("encryptedSecret", keyXml, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", keyXml, StringComparison.Ordinal);

        await using (var withoutCertificate = UnstartedServer.Build(data))
        {
            Assert.ThrowsAny<CryptographicException>(() => Protector(withoutCertificate.Services).Unprotect(sealedText));
        }

        await using var again = UnstartedServer.Build(data, $"--Secrets:KeyCertificate:Path={pfx}", "--Secrets:KeyCertificate:Password=s3cret");
        Assert.Equal("the vCenter password", Protector(again.Services).Unprotect(sealedText));
    }

    [Fact]
    public void Build_KeyCertificateWithTheWrongPassword_FailsNamingTheSetting()
    {
        using var data = new TempDirectory();
        using var certificates = new TempDirectory();
        var pfx = WriteCertificate(certificates, "right");

        var error = Assert.Throws<InvalidOperationException>(() => UnstartedServer.Build(data, $"--Secrets:KeyCertificate:Path={pfx}", "--Secrets:KeyCertificate:Password=wrong"));

        Assert.Contains("Secrets:KeyCertificate:Password", error.Message, StringComparison.Ordinal);
    }
}

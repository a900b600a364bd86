using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VCRunbooks.Simulator.Hosting;

/// <summary>A self-signed certificate generated at start-up, like a fresh appliance's VMCA-less certificate.</summary>
public sealed class SimulatorCertificate : IDisposable
{
    /// <summary>Generates an RSA 2048 certificate for <paramref name="commonName"/>, localhost and 127.0.0.1, valid for two years from real time.</summary>
    public SimulatorCertificate(string commonName)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(commonName);
        names.AddDnsName("localhost");
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        // A TLS certificate is checked against the real clock of the client, not the simulated one.
        var now = TimeProvider.System.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(2));
        // Round-trip through PKCS#12 so the private key is usable by Kestrel on every platform.
        Certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
        Sha256Thumbprint = Convert.ToHexString(Certificate.GetCertHash(HashAlgorithmName.SHA256));
    }

    /// <summary>The certificate with its private key, served by Kestrel for https.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>SHA-256 of the DER certificate, upper-case hex, for thumbprint pinning.</summary>
    public string Sha256Thumbprint { get; }

    /// <inheritdoc/>
    public void Dispose() => Certificate.Dispose();
}

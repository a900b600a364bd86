using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.certificate_management.X509CertChain: PEM/base64 certificates.</summary>
public sealed record CertChain
{
    /// <summary>The certificates of the chain, base64-encoded (wire <c>cert_chain</c>).</summary>
    [JsonPropertyName("cert_chain")]
    public required IReadOnlyList<string> Certificates { get; init; }
}

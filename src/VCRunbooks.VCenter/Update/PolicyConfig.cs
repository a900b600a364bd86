using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Update;

/// <summary>The update policy to set: where to look for updates, when, and whether to stage them automatically.</summary>
public sealed record PolicyConfig
{
    [JsonPropertyName("custom_URL")]
    public string? CustomUrl { get; init; }
    public string? Username { get; init; }
    public string? Password { get; init; }
    public required IReadOnlyList<PolicyTime> CheckSchedule { get; init; }
    public required bool AutoStage { get; init; }
    public bool? CertificateCheck { get; init; }
}

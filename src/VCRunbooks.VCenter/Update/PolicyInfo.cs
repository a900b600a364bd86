using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Update;

/// <summary>The update policy as read back (password never shown).</summary>
public sealed record PolicyInfo
{
    [JsonPropertyName("custom_URL")]
    public string? CustomUrl { get; init; }
    [JsonPropertyName("default_URL")]
    public required string DefaultUrl { get; init; }
    public string? Username { get; init; }
    public required IReadOnlyList<PolicyTime> CheckSchedule { get; init; }
    public required bool AutoStage { get; init; }
    public required bool AutoUpdate { get; init; }
    public required bool ManualControl { get; init; }
    public required bool CertificateCheck { get; init; }
}

using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Update;

/// <summary>The update policy as read back (password never shown).</summary>
public sealed record PolicyInfo
{
    /// <summary>Custom repository URL (wire <c>custom_URL</c>); null means <see cref="DefaultUrl"/> is used.</summary>
    [JsonPropertyName("custom_URL")]
    public string? CustomUrl { get; init; }
    /// <summary>VMware's default repository URL (wire <c>default_URL</c>).</summary>
    [JsonPropertyName("default_URL")]
    public required string DefaultUrl { get; init; }
    /// <summary>Repository user; null when none is used.</summary>
    public string? Username { get; init; }
    /// <summary>When the appliance checks for updates automatically.</summary>
    public required IReadOnlyList<PolicyTime> CheckSchedule { get; init; }
    /// <summary>Whether the latest update is staged automatically when found.</summary>
    public required bool AutoStage { get; init; }
    /// <summary>Whether the appliance updates itself, possibly ignoring the schedule and auto-stage.</summary>
    public required bool AutoUpdate { get; init; }
    /// <summary>Whether clients should let the user start an update by hand.</summary>
    public required bool ManualControl { get; init; }
    /// <summary>Whether the repository's certificate is checked; false is an insecure connection.</summary>
    public required bool CertificateCheck { get; init; }
}

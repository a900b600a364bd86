using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Update;

/// <summary>The update policy to set: where to look for updates, when, and whether to stage them automatically.</summary>
public sealed record PolicyConfig
{
    /// <summary>Custom repository URL (wire <c>custom_URL</c>); null uses the default repository.</summary>
    [JsonPropertyName("custom_URL")]
    public string? CustomUrl { get; init; }
    /// <summary>Repository user; null logs in without one.</summary>
    public string? Username { get; init; }
    /// <summary>Repository password; null logs in without one. Write-only: never read back or logged.</summary>
    public string? Password { get; init; }
    /// <summary>When the automatic update check runs.</summary>
    public required IReadOnlyList<PolicyTime> CheckSchedule { get; init; }
    /// <summary>Whether to stage the latest update automatically when found.</summary>
    public required bool AutoStage { get; init; }
    /// <summary>Whether to check the repository's certificate; false makes an insecure connection; null means checks are on.</summary>
    public bool? CertificateCheck { get; init; }
}

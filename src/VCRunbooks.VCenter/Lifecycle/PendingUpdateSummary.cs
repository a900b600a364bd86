namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.update.Pending.Summary: an update or upgrade vCenter could take.</summary>
public sealed record PendingUpdateSummary
{
    public required string PendingUpdate { get; init; }
    public required string Version { get; init; }
    public required DateTimeOffset ReleaseDate { get; init; }
    public required UpdateSeverity Severity { get; init; }
    public required string Build { get; init; }
    public required UpdateType UpdateType { get; init; }
    public required UpdateCategory Category { get; init; }
    public required bool RebootRequired { get; init; }
    [System.Text.Json.Serialization.JsonPropertyName("execute_URL")]
    public required string ExecuteUrl { get; init; }
    public required IReadOnlyList<string> ReleaseNotes { get; init; }
}

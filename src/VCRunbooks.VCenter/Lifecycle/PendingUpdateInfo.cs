namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.update.Pending.Info: a pending update with its description.</summary>
public sealed record PendingUpdateInfo
{
    public required string Description { get; init; }
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

namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.update.Pending.Summary: an update or upgrade vCenter could take.</summary>
public sealed record PendingUpdateSummary
{
    /// <summary>Id of the update, for the pending-update and precheck operations.</summary>
    public required string PendingUpdate { get; init; }
    /// <summary>Version of the update or patch.</summary>
    public required string Version { get; init; }
    /// <summary>When it was released.</summary>
    public required DateTimeOffset ReleaseDate { get; init; }
    /// <summary>Severity of the issues it fixes.</summary>
    public required UpdateSeverity Severity { get; init; }
    /// <summary>vCenter build number.</summary>
    public required string Build { get; init; }
    /// <summary>Type relative to the current vCenter version.</summary>
    public required UpdateType UpdateType { get; init; }
    /// <summary>What it brings over the previous release.</summary>
    public required UpdateCategory Category { get; init; }
    /// <summary>Whether a reboot is suggested after applying it.</summary>
    public required bool RebootRequired { get; init; }
    /// <summary>VAMI or ISO URL where the update is carried out (wire <c>execute_URL</c>).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("execute_URL")]
    public required string ExecuteUrl { get; init; }
    /// <summary>URIs of the release notes.</summary>
    public required IReadOnlyList<string> ReleaseNotes { get; init; }
}

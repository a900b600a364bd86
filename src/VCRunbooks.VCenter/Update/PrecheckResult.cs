using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Update;

/// <summary>What a precheck found, and the questions an install needs answered in user_data.</summary>
public sealed record PrecheckResult
{
    /// <summary>When the precheck ran.</summary>
    public required DateTimeOffset CheckTime { get; init; }
    /// <summary>Minutes.</summary>
    public long? EstimatedTimeToInstall { get; init; }
    /// <summary>Minutes.</summary>
    public long? EstimatedTimeToRollback { get; init; }
    /// <summary>Whether installing the update reboots the appliance.</summary>
    public required bool RebootRequired { get; init; }
    /// <summary>Errors and warnings found; null when the server reports none.</summary>
    public Notifications? Issues { get; init; }
    /// <summary>What the install needs answered in user_data; empty when nothing.</summary>
    public required IReadOnlyList<PrecheckQuestion> Questions { get; init; }
}

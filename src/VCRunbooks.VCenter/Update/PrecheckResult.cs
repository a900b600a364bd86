using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Update;

/// <summary>What a precheck found, and the questions an install needs answered in user_data.</summary>
public sealed record PrecheckResult
{
    public required DateTimeOffset CheckTime { get; init; }
    /// <summary>Minutes.</summary>
    public long? EstimatedTimeToInstall { get; init; }
    /// <summary>Minutes.</summary>
    public long? EstimatedTimeToRollback { get; init; }
    public required bool RebootRequired { get; init; }
    public Notifications? Issues { get; init; }
    public required IReadOnlyList<PrecheckQuestion> Questions { get; init; }
}

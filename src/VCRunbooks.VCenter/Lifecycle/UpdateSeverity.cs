namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.update.Pending.SeverityType.</summary>
public enum UpdateSeverity
{
    /// <summary>Fixes critical issues (wire <c>CRITICAL</c>).</summary>
    Critical,
    /// <summary>Fixes important issues (<c>IMPORTANT</c>).</summary>
    Important,
    /// <summary>Fixes moderate issues (<c>MODERATE</c>).</summary>
    Moderate,
    /// <summary>Fixes low-severity issues (<c>LOW</c>).</summary>
    Low,
}

namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.update.Pending.SeverityType.</summary>
public enum UpdateSeverity
{
    Critical,
    Important,
    Moderate,
    Low,
}

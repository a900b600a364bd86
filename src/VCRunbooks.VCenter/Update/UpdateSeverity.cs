namespace VCRunbooks.VCenter.Update;

/// <summary>The severity of the issues an update fixes.</summary>
public enum UpdateSeverity
{
    Critical,
    Important,
    Moderate,
    Low,
}

namespace VCRunbooks.VCenter.Update;

/// <summary>How urgently an update should be installed.</summary>
public enum UpdatePriority
{
    High,
    Medium,
    Low,
}

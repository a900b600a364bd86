namespace VCRunbooks.VCenter.Update;

/// <summary>How urgently an update should be installed.</summary>
public enum UpdatePriority
{
    /// <summary>Install as soon as possible (wire <c>HIGH</c>).</summary>
    High,
    /// <summary>Install soon (<c>MEDIUM</c>).</summary>
    Medium,
    /// <summary>Install when convenient (<c>LOW</c>).</summary>
    Low,
}

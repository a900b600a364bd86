namespace VCRunbooks.VCenter.Update;

/// <summary>How urgently an update should be installed.</summary>
public enum UpdatePriority
{
    /// <summary>High installation priority (wire <c>HIGH</c>).</summary>
    High,
    /// <summary>Medium installation priority (<c>MEDIUM</c>).</summary>
    Medium,
    /// <summary>Low installation priority (<c>LOW</c>).</summary>
    Low,
}

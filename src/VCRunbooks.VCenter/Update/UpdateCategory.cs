namespace VCRunbooks.VCenter.Update;

/// <summary>The kind of an update.</summary>
public enum UpdateCategory
{
    /// <summary>Security fixes (wire <c>SECURITY</c>).</summary>
    Security,
    /// <summary>Bug fixes (<c>FIX</c>).</summary>
    Fix,
    /// <summary>A minor update with new features (<c>UPDATE</c>).</summary>
    Update,
    /// <summary>A major upgrade (<c>UPGRADE</c>).</summary>
    Upgrade,
}

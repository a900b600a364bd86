namespace VCRunbooks.VCenter.Update;

/// <summary>The kind of an update.</summary>
public enum UpdateCategory
{
    /// <summary>Security fixes (wire <c>SECURITY</c>).</summary>
    Security,
    /// <summary>Bug fixes (<c>FIX</c>).</summary>
    Fix,
    /// <summary>An update (<c>UPDATE</c>).</summary>
    Update,
    /// <summary>An upgrade to a new major version (<c>UPGRADE</c>).</summary>
    Upgrade,
}

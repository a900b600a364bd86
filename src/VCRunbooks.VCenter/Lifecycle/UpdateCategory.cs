namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.update.Pending.Category.</summary>
public enum UpdateCategory
{
    /// <summary>Security fixes (wire <c>SECURITY</c>).</summary>
    Security,
    /// <summary>Bug fixes (<c>FIX</c>).</summary>
    Fix,
    /// <summary>New features on top of the previous release (<c>UPDATE</c>).</summary>
    Update,
    /// <summary>A major release (<c>UPGRADE</c>).</summary>
    Upgrade,
}

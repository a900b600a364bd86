namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.update.Pending.Category.</summary>
public enum UpdateCategory
{
    Security,
    Fix,
    Update,
    Upgrade,
}

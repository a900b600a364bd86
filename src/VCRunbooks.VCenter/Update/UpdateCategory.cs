namespace VCRunbooks.VCenter.Update;

/// <summary>The kind of an update.</summary>
public enum UpdateCategory
{
    Security,
    Fix,
    Update,
    Upgrade,
}

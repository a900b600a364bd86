namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.update.Pending.UpdateType: PATCH and UPDATE are in place, UPGRADE migrates.</summary>
public enum UpdateType
{
    Patch,
    Update,
    Upgrade,
}

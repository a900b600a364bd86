namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.update.Pending.UpdateType: PATCH and UPDATE are in place, UPGRADE migrates.</summary>
public enum UpdateType
{
    /// <summary>A patch, applied in place (wire <c>PATCH</c>).</summary>
    Patch,
    /// <summary>An update, applied in place (<c>UPDATE</c>).</summary>
    Update,
    /// <summary>An upgrade, by migration to a new appliance (<c>UPGRADE</c>).</summary>
    Upgrade,
}

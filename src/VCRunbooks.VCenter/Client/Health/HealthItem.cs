namespace VCRunbooks.VCenter.Client.Health;

/// <summary>The appliance health items that answer a health level.</summary>
public enum HealthItem
{
    /// <summary>Load (<c>GET /api/appliance/health/load</c>).</summary>
    Load,
    /// <summary>Memory (<c>.../health/mem</c>).</summary>
    Mem,
    /// <summary>Storage (<c>.../health/storage</c>).</summary>
    Storage,
    /// <summary>Swap (<c>.../health/swap</c>).</summary>
    Swap,
    /// <summary>Available software updates: red when security updates are available, orange for other updates (<c>.../health/software-packages</c>).</summary>
    SoftwarePackages,
    /// <summary>Space used by the vCenter database (<c>.../health/database-storage</c>).</summary>
    DatabaseStorage,
}

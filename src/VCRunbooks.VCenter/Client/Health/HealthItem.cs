namespace VCRunbooks.VCenter.Client.Health;

/// <summary>The appliance health items that answer a health level.</summary>
public enum HealthItem
{
    /// <summary>CPU load (<c>GET /api/appliance/health/load</c>).</summary>
    Load,
    /// <summary>Memory (<c>.../health/mem</c>).</summary>
    Mem,
    /// <summary>Disk space (<c>.../health/storage</c>).</summary>
    Storage,
    /// <summary>Swap use (<c>.../health/swap</c>).</summary>
    Swap,
    /// <summary>Whether security updates are pending (<c>.../health/software-packages</c>).</summary>
    SoftwarePackages,
    /// <summary>Space used by the vCenter database (<c>.../health/database-storage</c>).</summary>
    DatabaseStorage,
}

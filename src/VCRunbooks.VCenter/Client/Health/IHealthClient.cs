using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Health;

namespace VCRunbooks.VCenter.Client.Health;

/// <summary>Appliance health (appliance.health): overall and per-item levels, messages, database health, settings.</summary>
public interface IHealthClient
{
    /// <summary>The overall health level, the worst of the items (<c>GET /api/appliance/health/system</c>).</summary>
    Task<HealthLevel> GetSystemAsync(CancellationToken cancellationToken = default);

    /// <summary>When the health was last checked (<c>GET /api/appliance/health/system/lastcheck</c>).</summary>
    Task<DateTimeOffset> GetLastCheckAsync(CancellationToken cancellationToken = default);

    /// <summary>The health level of one item (<c>GET /api/appliance/health/{item}</c>).</summary>
    Task<HealthLevel> GetLevelAsync(HealthItem item, CancellationToken cancellationToken = default);

    /// <summary>The health of applmgmt, answered as a plain string, e.g. "green" (<c>GET /api/appliance/health/applmgmt</c>).</summary>
    Task<string> GetApplmgmtAsync(CancellationToken cancellationToken = default);

    /// <summary>The vCenter database's health and the issues found (<c>GET /api/appliance/health/database</c>, 7.0U2+).</summary>
    Task<DatabaseHealthInfo> GetDatabaseAsync(CancellationToken cancellationToken = default);

    /// <summary>Why an item, e.g. "storage" or "system", has its level (<c>GET /api/appliance/health/{item}/messages</c>); NOT_FOUND for an unknown item.</summary>
    Task<IReadOnlyList<Notification>> GetMessagesAsync(string item, CancellationToken cancellationToken = default);

    /// <summary>Whether backups run the database health check first (<c>GET /api/appliance/health/settings</c>).</summary>
    Task<HealthCheckSettings> GetSettingsAsync(CancellationToken cancellationToken = default);

    /// <summary>Changes the fields set in <paramref name="update"/> (<c>PATCH /api/appliance/health/settings</c>); INVALID_ARGUMENT for a bad value.</summary>
    Task UpdateSettingsAsync(HealthCheckSettingsUpdate update, CancellationToken cancellationToken = default);
}

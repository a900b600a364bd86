using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Health;

namespace VCRunbooks.VCenter.Client.Health;

/// <summary>Appliance health (appliance.health): overall and per-item levels, messages, database health, settings.</summary>
public interface IHealthClient
{
    /// <summary>The overall health level (the worst of the items).</summary>
    Task<HealthLevel> GetSystemAsync(CancellationToken cancellationToken = default);

    Task<DateTimeOffset> GetLastCheckAsync(CancellationToken cancellationToken = default);

    Task<HealthLevel> GetLevelAsync(HealthItem item, CancellationToken cancellationToken = default);

    /// <summary>The health of applmgmt, answered as a plain string (e.g. "green").</summary>
    Task<string> GetApplmgmtAsync(CancellationToken cancellationToken = default);

    Task<DatabaseHealthInfo> GetDatabaseAsync(CancellationToken cancellationToken = default);

    /// <summary>Why an item has its level, e.g. "storage" or "system".</summary>
    Task<IReadOnlyList<Notification>> GetMessagesAsync(string item, CancellationToken cancellationToken = default);

    Task<HealthCheckSettings> GetSettingsAsync(CancellationToken cancellationToken = default);

    Task UpdateSettingsAsync(HealthCheckSettingsUpdate update, CancellationToken cancellationToken = default);
}

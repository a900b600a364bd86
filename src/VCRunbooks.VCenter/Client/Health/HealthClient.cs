using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Health;

namespace VCRunbooks.VCenter.Client.Health;

internal sealed class HealthClient(ClientContext context) : IHealthClient
{
    private const string Api = "/api/appliance/health";
    private const string Rest = "/rest/appliance/health";

    public Task<HealthLevel> GetSystemAsync(CancellationToken cancellationToken = default) => Get<HealthLevel>("/system", cancellationToken);

    public Task<DateTimeOffset> GetLastCheckAsync(CancellationToken cancellationToken = default) => Get<DateTimeOffset>("/system/lastcheck", cancellationToken);

    public Task<HealthLevel> GetLevelAsync(HealthItem item, CancellationToken cancellationToken = default)
    {
        Arguments.Defined(item, nameof(item));
        var segment = item switch
        {
            HealthItem.SoftwarePackages => "software-packages",
            HealthItem.DatabaseStorage => "database-storage",
            _ => item.ToString().ToLowerInvariant(),
        };
        return Get<HealthLevel>("/" + segment, cancellationToken);
    }

    public Task<string> GetApplmgmtAsync(CancellationToken cancellationToken = default) => Get<string>("/applmgmt", cancellationToken);

    public Task<DatabaseHealthInfo> GetDatabaseAsync(CancellationToken cancellationToken = default) => Get<DatabaseHealthInfo>("/database", cancellationToken);

    public Task<IReadOnlyList<Notification>> GetMessagesAsync(string item, CancellationToken cancellationToken = default) =>
        Get<IReadOnlyList<Notification>>($"/{Paths.Segment(item, nameof(item))}/messages", cancellationToken);

    public Task<HealthCheckSettings> GetSettingsAsync(CancellationToken cancellationToken = default) => Get<HealthCheckSettings>("/settings", cancellationToken);

    public Task UpdateSettingsAsync(HealthCheckSettingsUpdate update, CancellationToken cancellationToken = default)
    {
        Arguments.NotNull(update, nameof(update));
        return context.Transport.SendAsync(new VapiRequest
        {
            Method = HttpMethod.Patch, Api = $"{Api}/settings", Rest = $"{Rest}/settings", RestBodyName = "health_settings", Body = update, Retry = RetryMode.Safe,
        }, cancellationToken);
    }

    private Task<T> Get<T>(string suffix, CancellationToken cancellationToken) =>
        context.Transport.SendAsync<T>(VapiRequest.Get(Api + suffix, Rest + suffix), cancellationToken);
}

using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.SystemInfo;

namespace VCRunbooks.VCenter.Client.SystemInfo;

internal sealed class SystemClient(ClientContext context) : ISystemClient
{
    public Task<SystemVersion> GetVersionAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<SystemVersion>(VapiRequest.Get("/api/appliance/system/version", "/rest/appliance/system/version"), cancellationToken);

    public Task<ShutdownConfig> GetShutdownAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<ShutdownConfig>(VapiRequest.Get("/api/appliance/shutdown", "/rest/appliance/shutdown"), cancellationToken);

    public Task RebootAsync(TimeSpan delay, string reason, CancellationToken cancellationToken = default) => Schedule("reboot", delay, reason, cancellationToken);

    public Task PowerOffAsync(TimeSpan delay, string reason, CancellationToken cancellationToken = default) => Schedule("poweroff", delay, reason, cancellationToken);

    public Task CancelShutdownAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync(new VapiRequest { Method = HttpMethod.Post, Api = "/api/appliance/shutdown?action=cancel", Rest = "/rest/appliance/shutdown/cancel", Retry = RetryMode.Safe }, cancellationToken);

    private Task Schedule(string action, TimeSpan delay, string reason, CancellationToken cancellationToken)
    {
        if (delay < TimeSpan.Zero || delay.TotalSeconds % 60 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "The delay is whole minutes, zero or more.");
        }
        Arguments.NotEmpty(reason, nameof(reason));
        return context.Transport.SendAsync(new VapiRequest
        {
            Method = HttpMethod.Post, Api = $"/api/appliance/shutdown?action={action}", Rest = $"/rest/appliance/shutdown/{action}",
            Body = new ShutdownRequest { Delay = (long)delay.TotalMinutes, Reason = reason },
        }, cancellationToken);
    }
}

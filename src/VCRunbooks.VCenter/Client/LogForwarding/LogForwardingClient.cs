using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Logging;

namespace VCRunbooks.VCenter.Client.LogForwarding;

internal sealed class LogForwardingClient(ClientContext context) : ILogForwardingClient
{
    private const string Path = "/appliance/logging/forwarding";

    public Task<IReadOnlyList<ForwardingConfig>> GetAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<IReadOnlyList<ForwardingConfig>>(VapiRequest.Get("/api" + Path, "/rest" + Path), cancellationToken);

    public Task SetAsync(IReadOnlyList<ForwardingConfig> configs, CancellationToken cancellationToken = default)
    {
        Arguments.NotNull(configs, nameof(configs));
        for (var i = 0; i < configs.Count; i++)
        {
            Arguments.NotEmpty(configs[i].Hostname, $"configs[{i}].Hostname");
            Arguments.Defined(configs[i].Protocol, $"configs[{i}].Protocol");
            if (configs[i].Port is < 1 or > 65535)
            {
                throw new ArgumentOutOfRangeException($"configs[{i}].Port", configs[i].Port, "The port must be between 1 and 65535.");
            }
        }
        // The body is {"cfg_list":[..]} in both forms, and a full replacement, so safe to send again.
        return context.Transport.SendAsync(new VapiRequest
        {
            Method = HttpMethod.Put, Api = "/api" + Path, Rest = "/rest" + Path, Body = new ForwardingSetRequest { CfgList = configs }, Retry = RetryMode.Safe,
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ForwardingConnectionStatus>> TestAsync(bool sendTestMessage = false, CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<IReadOnlyList<ForwardingConnectionStatus>>(new VapiRequest
        {
            Method = HttpMethod.Post, Api = $"/api{Path}?action=test", Rest = $"/rest{Path}?action=test",
            Body = new ForwardingTestRequest { SendTestMessage = sendTestMessage },
            Retry = sendTestMessage ? RetryMode.Unsafe : RetryMode.Safe,
        }, cancellationToken);
}

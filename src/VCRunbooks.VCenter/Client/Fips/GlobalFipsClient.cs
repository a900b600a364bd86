using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Fips;

namespace VCRunbooks.VCenter.Client.Fips;

internal sealed class GlobalFipsClient(ClientContext context) : IGlobalFipsClient
{
    private const string Api = "/api/appliance/system/global-fips";

    public Task<GlobalFipsInfo> GetAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<GlobalFipsInfo>(VapiRequest.Get(Api, null), cancellationToken);

    // Not retried: each change triggers a reboot on a real appliance.
    public Task SetAsync(bool enabled, CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync(new VapiRequest { Method = HttpMethod.Put, Api = Api, Body = new GlobalFipsUpdateSpec { Enabled = enabled } }, cancellationToken);
}

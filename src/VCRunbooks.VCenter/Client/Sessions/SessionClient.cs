using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Sessions;

namespace VCRunbooks.VCenter.Client.Sessions;

internal sealed class SessionClient(ClientContext context) : ISessionClient
{
    public Task<SessionInfo> GetAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<SessionInfo>(new VapiRequest
        {
            Method = HttpMethod.Get,
            Api = "/api/session",
            RestMethod = HttpMethod.Post,
            Rest = "/rest/com/vmware/cis/session?~action=get",
            Retry = RetryMode.Safe,
        }, cancellationToken);

    public async Task LogoutAsync(CancellationToken cancellationToken = default) =>
        await context.Transport.LogoutAsync(cancellationToken);
}

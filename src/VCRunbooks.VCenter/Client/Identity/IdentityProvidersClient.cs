using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Identity;

namespace VCRunbooks.VCenter.Client.Identity;

internal sealed class IdentityProvidersClient(ClientContext context) : IIdentityProvidersClient
{
    private const string Api = "/api/vcenter/identity/providers";
    private const string Rest = "/rest/vcenter/identity/providers";

    public Task<IReadOnlyList<ProviderSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<IReadOnlyList<ProviderSummary>>(VapiRequest.Get(Api, Rest), cancellationToken);

    public Task<ProviderInfo> GetAsync(string provider, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(provider, nameof(provider));
        return context.Transport.SendAsync<ProviderInfo>(VapiRequest.Get($"{Api}/{id}", $"{Rest}/{id}"), cancellationToken);
    }

    public Task<string> CreateAsync(ProviderCreateSpec spec, CancellationToken cancellationToken = default)
    {
        Arguments.NotNull(spec, nameof(spec));
        Arguments.Defined(spec.ConfigTag, "spec.ConfigTag");
        if (spec.ConfigTag == ConfigType.Oidc && spec.Oidc is null)
        {
            throw new ArgumentException("An OIDC provider needs spec.Oidc.", "spec.Oidc");
        }
        if (spec.ConfigTag == ConfigType.Oauth2 && spec.Oauth2 is null)
        {
            throw new ArgumentException("An OAuth2 provider needs spec.Oauth2.", "spec.Oauth2");
        }
        if (spec.IdmProtocol is { } protocol)
        {
            Arguments.Defined(protocol, "spec.IdmProtocol");
        }
        return context.Transport.SendAsync<string>(new VapiRequest { Method = HttpMethod.Post, Api = Api, Rest = Rest, RestBodyName = "spec", Body = spec }, cancellationToken);
    }

    public Task UpdateAsync(string provider, ProviderUpdateSpec spec, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(provider, nameof(provider));
        Arguments.NotNull(spec, nameof(spec));
        Arguments.Defined(spec.ConfigTag, "spec.ConfigTag");
        return context.Transport.SendAsync(new VapiRequest { Method = HttpMethod.Patch, Api = $"{Api}/{id}", Rest = $"{Rest}/{id}", RestBodyName = "spec", Body = spec, Retry = RetryMode.Safe }, cancellationToken);
    }

    public Task DeleteAsync(string provider, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(provider, nameof(provider));
        return context.Transport.SendAsync(new VapiRequest { Method = HttpMethod.Delete, Api = $"{Api}/{id}", Rest = $"{Rest}/{id}" }, cancellationToken);
    }
}

using VCRunbooks.VCenter.Identity;

namespace VCRunbooks.VCenter.Client.Identity;

/// <summary>External identity providers (vcenter.identity.providers), e.g. AD FS federation as the guide describes it.</summary>
public interface IIdentityProvidersClient
{
    /// <summary>All identity providers (<c>GET /api/vcenter/identity/providers</c>).</summary>
    Task<IReadOnlyList<ProviderSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>One provider in full (<c>GET .../providers/{provider}</c>); NOT_FOUND when absent.</summary>
    Task<ProviderInfo> GetAsync(string provider, CancellationToken cancellationToken = default);

    /// <summary>Creates a provider and returns its id (<c>POST /api/vcenter/identity/providers</c>); ALREADY_EXISTS for a duplicate. Not retried: a second create would make a second provider.</summary>
    Task<string> CreateAsync(ProviderCreateSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Changes the fields set in <paramref name="spec"/> (<c>PATCH .../providers/{provider}</c>); NOT_FOUND when absent.</summary>
    Task UpdateAsync(string provider, ProviderUpdateSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Deletes the provider (<c>DELETE .../providers/{provider}</c>); NOT_FOUND when absent.</summary>
    Task DeleteAsync(string provider, CancellationToken cancellationToken = default);
}

using VCRunbooks.VCenter.Identity;

namespace VCRunbooks.VCenter.Client.Identity;

/// <summary>External identity providers (vcenter.identity.providers), e.g. AD FS federation as the guide describes it.</summary>
public interface IIdentityProvidersClient
{
    Task<IReadOnlyList<ProviderSummary>> ListAsync(CancellationToken cancellationToken = default);

    Task<ProviderInfo> GetAsync(string provider, CancellationToken cancellationToken = default);

    /// <summary>Creates a provider and returns its id. Not retried: a second create would make a second provider.</summary>
    Task<string> CreateAsync(ProviderCreateSpec spec, CancellationToken cancellationToken = default);

    Task UpdateAsync(string provider, ProviderUpdateSpec spec, CancellationToken cancellationToken = default);

    Task DeleteAsync(string provider, CancellationToken cancellationToken = default);
}

using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Identity;

namespace VCRunbooks.Simulator.Identity;

/// <summary>
/// The identity providers of one vCenter: the built-in SSO domain (default until another provider becomes default,
/// never deleted) and the external providers created through the API. Exactly one provider is the default.
/// </summary>
internal sealed class IdentityProvidersState : IApplianceFeature<IdentityProvidersState>
{
    private readonly List<(string Id, ProviderInfo Info)> _providers = [];

    private IdentityProvidersState(Appliance appliance)
    {
        BuiltInId = appliance.Spec.SsoDomain;
        _providers.Add((BuiltInId, new ProviderInfo
        {
            Name = appliance.Spec.SsoDomain,
            OrgIds = [],
            ConfigTag = ConfigType.Oauth2,
            IsDefault = true,
            DomainNames = [appliance.Spec.SsoDomain],
        }));
    }

    public static IdentityProvidersState Create(Appliance appliance) => new(appliance);

    /// <summary>The built-in provider's id: the SSO domain name.</summary>
    public string BuiltInId { get; }

    public IReadOnlyList<(string Id, ProviderInfo Info)> All => _providers;

    public ProviderInfo? Find(string id) => _providers.FirstOrDefault(p => p.Id == id).Info;

    public bool ExternalCreated => _providers.Count > 1;

    public string Add(ProviderInfo info)
    {
        var id = Guid.NewGuid().ToString("D");
        if (info.IsDefault)
        {
            ClearDefault();
        }
        _providers.Add((id, info));
        return id;
    }

    public void Replace(string id, ProviderInfo info)
    {
        if (info.IsDefault)
        {
            ClearDefault();
        }
        var index = _providers.FindIndex(p => p.Id == id);
        _providers[index] = (id, info);
    }

    public void Remove(string id)
    {
        var removed = _providers.Find(p => p.Id == id);
        _providers.RemoveAll(p => p.Id == id);
        // Someone must authenticate users: the built-in domain takes the default back.
        if (removed.Info?.IsDefault == true)
        {
            var index = _providers.FindIndex(p => p.Id == BuiltInId);
            _providers[index] = (BuiltInId, _providers[index].Info with { IsDefault = true });
        }
    }

    private void ClearDefault()
    {
        for (var i = 0; i < _providers.Count; i++)
        {
            _providers[i] = (_providers[i].Id, _providers[i].Info with { IsDefault = false });
        }
    }

    public void Advance(DateTimeOffset now)
    {
    }
}

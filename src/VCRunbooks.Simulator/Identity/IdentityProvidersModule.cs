using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Identity;
using VCRunbooks.VCenter.Json;

namespace VCRunbooks.Simulator.Identity;

/// <summary>
/// vcenter.identity.Providers: list, get, create, update (PATCH), delete, in /api and /rest. A provider created with
/// is_default (or the first one created with it unset) becomes the only default; the built-in SSO domain stops being it.
/// </summary>
internal sealed class IdentityProvidersModule : IVapiModule
{
    private const string Api = "/api/vcenter/identity/providers";
    private const string Rest = "/rest/vcenter/identity/providers";

    public void Map(VapiRouteTable routes)
    {
        routes.Get(Api, Rest, Access.Read, List);
        routes.Get($"{Api}/{{provider}}", $"{Rest}/{{provider}}", Access.Read, Get);
        routes.Add(new VapiOperation { Method = "POST", Api = Api, Rest = Rest, RestBody = "spec", Access = Access.Write, Handler = Create });
        routes.Add(new VapiOperation { Method = "PATCH", Api = $"{Api}/{{provider}}", Rest = $"{Rest}/{{provider}}", RestBody = "spec", Access = Access.Write, Handler = Update });
        routes.Add(new VapiOperation { Method = "DELETE", Api = $"{Api}/{{provider}}", Rest = $"{Rest}/{{provider}}", Access = Access.Write, Handler = Delete });
    }

    private static VapiResult List(VapiContext context) =>
        Answer(context, context.Appliance.Feature<IdentityProvidersState>().All.Select(p => ProviderViews.Summary(p.Id, p.Info)).ToList());

    private static VapiResult Get(VapiContext context)
    {
        var id = context.Route("provider");
        var info = context.Appliance.Feature<IdentityProvidersState>().Find(id) ?? throw VapiException.NotFound("Identity provider", id);
        return Answer(context, ProviderViews.Masked(info));
    }

    private static VapiResult Create(VapiContext context)
    {
        var spec = Read<ProviderCreateSpec>(context);
        ProviderValidation.Check(spec.ConfigTag, spec.Oidc, spec.Oauth2, spec.IdmProtocol, spec.ActiveDirectoryOverLdap);
        var state = context.Appliance.Feature<IdentityProvidersState>();
        if (spec.Name is { } name && state.All.Any(p => string.Equals(p.Info.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new VapiException(ErrorType.AlreadyExists, "com.vmware.vcenter.identity.providers.already_exists", $"An identity provider named '{name}' already exists.", name);
        }
        var id = state.Add(new ProviderInfo
        {
            Name = spec.Name,
            OrgIds = spec.OrgIds ?? [],
            ConfigTag = spec.ConfigTag,
            Oidc = spec.Oidc is { } oidc ? ProviderViews.OidcFrom(oidc) : null,
            Oauth2 = spec.Oauth2 is { } oauth2 ? ProviderViews.Oauth2From(oauth2) : null,
            // Unset: the first provider created becomes the default, later ones do not.
            IsDefault = spec.IsDefault ?? !state.ExternalCreated,
            DomainNames = spec.DomainNames,
            AuthQueryParams = spec.AuthQueryParams,
            IdmProtocol = spec.IdmProtocol,
            IdmEndpoints = spec.IdmEndpoints,
            ActiveDirectoryOverLdap = spec.ActiveDirectoryOverLdap,
            // The guide: if unset, the UPN claim is "acct".
            UpnClaim = spec.UpnClaim ?? "acct",
            GroupsClaim = spec.GroupsClaim,
        });
        context.Appliance.Ledger.Record(context.Now, "identity_provider.created", id, spec.Name);
        return context.IsRest ? VapiResult.Ok(id) : VapiResult.Created(id);
    }

    private static VapiResult Update(VapiContext context)
    {
        var id = context.Route("provider");
        var state = context.Appliance.Feature<IdentityProvidersState>();
        var info = state.Find(id) ?? throw VapiException.NotFound("Identity provider", id);
        var spec = Read<ProviderUpdateSpec>(context);
        if (id == state.BuiltInId)
        {
            throw VapiException.InvalidArgument("provider", $"the built-in provider '{id}' cannot be changed; create an external provider instead.");
        }
        if (spec.ConfigTag != info.ConfigTag)
        {
            throw VapiException.InvalidArgument("config_tag", $"the provider is configured as {info.ConfigTag}; its config_tag cannot change.");
        }
        var oidc = info.Oidc;
        if (spec.Oidc is { } change && oidc is not null)
        {
            var merged = new OidcCreateSpec
            {
                DiscoveryEndpoint = change.DiscoveryEndpoint ?? oidc.DiscoveryEndpoint,
                ClientId = change.ClientId ?? oidc.ClientId,
                ClientSecret = change.ClientSecret ?? oidc.ClientSecret,
                ClaimMap = change.ClaimMap ?? oidc.ClaimMap,
            };
            ProviderValidation.Check(ConfigType.Oidc, merged, null, null, null);
            oidc = ProviderViews.OidcFrom(merged);
        }
        var oauth2 = info.Oauth2;
        if (spec.Oauth2 is { } change2 && oauth2 is not null)
        {
            var merged = new Oauth2CreateSpec
            {
                AuthEndpoint = change2.AuthEndpoint ?? oauth2.AuthEndpoint,
                TokenEndpoint = change2.TokenEndpoint ?? oauth2.TokenEndpoint,
                PublicKeyUri = change2.PublicKeyUri ?? oauth2.PublicKeyUri,
                ClientId = change2.ClientId ?? oauth2.ClientId,
                ClientSecret = change2.ClientSecret ?? oauth2.ClientSecret,
                ClaimMap = change2.ClaimMap ?? oauth2.ClaimMap,
                Issuer = change2.Issuer ?? oauth2.Issuer,
                AuthenticationMethod = change2.AuthenticationMethod ?? oauth2.AuthenticationMethod,
                AuthQueryParams = change2.AuthQueryParams ?? oauth2.AuthQueryParams,
            };
            ProviderValidation.Check(ConfigType.Oauth2, null, merged, null, null);
            oauth2 = ProviderViews.Oauth2From(merged);
        }
        var protocol = spec.IdmProtocol ?? info.IdmProtocol;
        var ldap = spec.ActiveDirectoryOverLdap ?? info.ActiveDirectoryOverLdap;
        ProviderValidation.CheckLdap(protocol, ldap);
        state.Replace(id, info with
        {
            Name = spec.Name ?? info.Name,
            OrgIds = spec.OrgIds ?? info.OrgIds,
            Oidc = oidc,
            Oauth2 = oauth2,
            IsDefault = spec.MakeDefault == true || info.IsDefault,
            DomainNames = spec.DomainNames ?? info.DomainNames,
            AuthQueryParams = spec.AuthQueryParams ?? info.AuthQueryParams,
            IdmProtocol = protocol,
            IdmEndpoints = spec.IdmEndpoints ?? info.IdmEndpoints,
            ActiveDirectoryOverLdap = ldap,
            UpnClaim = spec.ResetUpnClaim == true ? "acct" : spec.UpnClaim ?? info.UpnClaim,
            GroupsClaim = spec.ResetGroupsClaim == true ? null : spec.GroupsClaim ?? info.GroupsClaim,
        });
        return VapiResult.NoContent();
    }

    private static VapiResult Delete(VapiContext context)
    {
        var id = context.Route("provider");
        var state = context.Appliance.Feature<IdentityProvidersState>();
        _ = state.Find(id) ?? throw VapiException.NotFound("Identity provider", id);
        if (id == state.BuiltInId)
        {
            // The spec lists no 400 for delete; refusing the built-in domain is an authorization matter.
            throw new VapiException(ErrorType.Unauthorized, "com.vmware.vcenter.identity.providers.builtin", $"The built-in identity provider '{id}' cannot be deleted.", id);
        }
        state.Remove(id);
        context.Appliance.Ledger.Record(context.Now, "identity_provider.deleted", id);
        return VapiResult.NoContent();
    }

    /// <summary>The body as <typeparamref name="T"/>; the /rest form's key/value maps are turned into objects first.</summary>
    private static T Read<T>(VapiContext context)
    {
        var element = context.Body<JsonElement>();
        if (context.IsRest)
        {
            element = JsonSerializer.SerializeToElement(RestMaps.FromRest(JsonNode.Parse(element.GetRawText())));
        }
        return RequestBody.Deserialize<T>(element);
    }

    private static VapiResult Answer(VapiContext context, object value) =>
        VapiResult.Ok(context.IsRest ? RestMaps.ToRest(JsonSerializer.SerializeToNode(value, value.GetType(), VCenterJson.Options)) : value);
}

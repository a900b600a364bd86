using System.Net;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Identity;

namespace VCRunbooks.Simulator.Tests.Identity;

public sealed class IdentityProviderTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Path = "/api/vcenter/identity/providers";

    /// <summary>The AD FS federation body of the guide (chapter 3).</summary>
    private static object AdfsSpec(bool? isDefault = true, string name = "Microsoft ADFS") => new
    {
        config_tag = "Oidc",
        oidc = new
        {
            discovery_endpoint = "https://adfs.lab.local/adfs/.well-known/openid-configuration",
            client_id = "0f2d3e4a-1111-2222-3333-444455556666",
            client_secret = "s3cret-from-adfs",
            claim_map = new Dictionary<string, object>(),
        },
        is_default = isDefault,
        name,
        upn_claim = "upn",
        groups_claim = "group",
        idm_protocol = "LDAP",
        active_directory_over_ldap = new
        {
            user_name = "CN=svc-vcenter,CN=Users,DC=lab,DC=local",
            password = "ldap-pass",
            users_base_dn = "CN=Users,DC=lab,DC=local",
            groups_base_dn = "CN=Users,DC=lab,DC=local",
            server_endpoints = new[] { "ldaps://dc01.lab.local:636" },
            cert_chain = new { cert_chain = new[] { "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----" } },
        },
    };

    [Fact]
    public async Task List_FreshVcenter_HasOnlyTheBuiltInDefaultProvider()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var providers = (await vc.GetAsync(Path)).As<List<ProviderSummary>>();

        var builtIn = Assert.Single(providers);
        Assert.Equal("vsphere.local", builtIn.Provider);
        Assert.True(builtIn.IsDefault);
    }

    [Fact]
    public async Task Create_AdfsAsInGuide_BecomesTheOnlyDefaultAndGetMasksSecrets()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var created = await vc.PostAsync(Path, AdfsSpec());
        var id = created.As<string>();
        var providers = (await vc.GetAsync(Path)).As<List<ProviderSummary>>();
        var info = await vc.GetAsync($"{Path}/{id}");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal([id], providers.Where(p => p.IsDefault).Select(p => p.Provider));
        Assert.False(providers.Single(p => p.Provider == "vsphere.local").IsDefault);
        var adfs = info.As<ProviderInfo>();
        Assert.Equal("Microsoft ADFS", adfs.Name);
        Assert.Equal(IdmProtocol.Ldap, adfs.IdmProtocol);
        Assert.Equal("https://adfs.lab.local/adfs/oauth2/token", adfs.Oidc!.TokenEndpoint);
        Assert.Equal("upn", adfs.UpnClaim);
        Assert.DoesNotContain("s3cret-from-adfs", info.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ldap-pass", info.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_SecondProviderWithDefaultUnset_IsNotDefault()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var first = (await vc.PostAsync(Path, AdfsSpec(isDefault: null))).As<string>();

        var second = (await vc.PostAsync(Path, AdfsSpec(isDefault: null, name: "Okta"))).As<string>();
        var providers = (await vc.GetAsync(Path)).As<List<ProviderSummary>>();

        Assert.True(providers.Single(p => p.Provider == first).IsDefault);
        Assert.False(providers.Single(p => p.Provider == second).IsDefault);
    }

    [Fact]
    public async Task RestForm_CreateListGetPatchDelete_UsesSpecWrapperAndKeyValueMaps()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var body = new
        {
            spec = new
            {
                config_tag = "Oidc",
                name = "Microsoft ADFS",
                oidc = new
                {
                    discovery_endpoint = "https://adfs.lab.local/adfs/.well-known/openid-configuration",
                    client_id = "client",
                    client_secret = "secret",
                    claim_map = new[] { new { key = "perms", value = new[] { new { key = "admins", value = new[] { "vc-admins" } } } } },
                },
            },
        };

        var created = await vc.PostAsync("/rest/vcenter/identity/providers", body);
        var id = created.Json.GetProperty("value").GetString()!;
        var list = await vc.GetAsync("/rest/vcenter/identity/providers");
        var get = await vc.GetAsync($"/rest/vcenter/identity/providers/{id}");
        var patch = await vc.PatchAsync($"/rest/vcenter/identity/providers/{id}", new { spec = new { config_tag = "Oidc", name = "ADFS prod" } });
        var renamed = await vc.GetAsync($"{Path}/{id}");
        var delete = await vc.DeleteAsync($"/rest/vcenter/identity/providers/{id}");

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(2, list.Json.GetProperty("value").GetArrayLength());
        var claims = get.Json.GetProperty("value").GetProperty("oidc").GetProperty("claim_map");
        Assert.Equal("perms", claims[0].GetProperty("key").GetString());
        Assert.Equal("vc-admins", claims[0].GetProperty("value")[0].GetProperty("value")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, patch.Status);
        Assert.Equal("ADFS prod", renamed.As<ProviderInfo>().Name);
        Assert.Equal(["vc-admins"], renamed.As<ProviderInfo>().Oidc!.ClaimMap["perms"]["admins"]);
        Assert.Equal(HttpStatusCode.OK, delete.Status);
    }

    [Fact]
    public async Task Patch_MakeDefault_MovesDefaultAndDeleteGivesItBackToBuiltIn()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var adfs = (await vc.PostAsync(Path, AdfsSpec())).As<string>();
        var okta = (await vc.PostAsync(Path, AdfsSpec(isDefault: false, name: "Okta"))).As<string>();

        var patch = await vc.PatchAsync($"{Path}/{okta}", new { config_tag = "Oidc", make_default = true });
        var afterPatch = (await vc.GetAsync(Path)).As<List<ProviderSummary>>();
        var delete = await vc.DeleteAsync($"{Path}/{okta}");
        var afterDelete = (await vc.GetAsync(Path)).As<List<ProviderSummary>>();
        var gone = await vc.GetAsync($"{Path}/{okta}");

        Assert.Equal(HttpStatusCode.NoContent, patch.Status);
        Assert.Equal([okta], afterPatch.Where(p => p.IsDefault).Select(p => p.Provider));
        Assert.Equal(HttpStatusCode.NoContent, delete.Status);
        Assert.Equal(["vsphere.local"], afterDelete.Where(p => p.IsDefault).Select(p => p.Provider));
        Assert.Contains(afterDelete, p => p.Provider == adfs);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    [Theory]
    [InlineData("{\"config_tag\":\"Oidc\"}", "oidc")]
    [InlineData("{\"config_tag\":\"Oidc\",\"oidc\":{\"discovery_endpoint\":\"https://adfs/x\",\"client_secret\":\"s\",\"claim_map\":{}}}", "client_id")]
    [InlineData("{\"config_tag\":\"Oidc\",\"oidc\":{\"discovery_endpoint\":\"https://adfs/x\",\"client_id\":\"c\",\"client_secret\":\"s\"}}", "claim_map")]
    [InlineData("{\"config_tag\":\"Oidc\",\"oidc\":{\"discovery_endpoint\":\"ftp://adfs/x\",\"client_id\":\"c\",\"client_secret\":\"s\",\"claim_map\":{}}}", "discovery_endpoint")]
    [InlineData("{\"name\":\"x\"}", "config_tag")]
    [InlineData("{\"config_tag\":\"Saml\"}", "config_tag")]
    [InlineData("{\"config_tag\":\"Oidc\",\"oidc\":{\"discovery_endpoint\":\"https://adfs/x\",\"client_id\":\"c\",\"client_secret\":\"s\",\"claim_map\":{}},\"idm_protocol\":\"LDAP\"}", "active_directory_over_ldap")]
    [InlineData("{\"config_tag\":\"Oidc\",\"oidc\":{\"discovery_endpoint\":\"https://adfs/x\",\"client_id\":\"c\",\"client_secret\":\"s\",\"claim_map\":{}},\"idm_protocol\":\"LDAP\",\"active_directory_over_ldap\":{\"user_name\":\"u\",\"password\":\"p\",\"users_base_dn\":\"dc=x\",\"groups_base_dn\":\"dc=x\",\"server_endpoints\":[]}}", "server_endpoints")]
    [InlineData("{\"config_tag\":\"Oidc\",\"oidc\":{\"discovery_endpoint\":\"https://adfs/x\",\"client_id\":\"c\",\"client_secret\":\"s\",\"claim_map\":{}},\"idm_protocol\":\"LDAP\",\"active_directory_over_ldap\":{\"user_name\":\"u\",\"password\":\"p\",\"users_base_dn\":\"dc=x\",\"groups_base_dn\":\"dc=x\",\"server_endpoints\":[\"ldaps://dc:636\"]}}", "cert_chain")]
    [InlineData("{\"config_tag\":\"Oidc\",\"oidc\":{\"discovery_endpoint\":\"https://adfs/x\",\"client_id\":\"c\",\"client_secret\":\"s\",\"claim_map\":{}},\"idm_protocol\":\"LDAP\",\"active_directory_over_ldap\":{\"password\":\"p\",\"users_base_dn\":\"dc=x\",\"groups_base_dn\":\"dc=x\",\"server_endpoints\":[\"ldap://dc:389\"]}}", "user_name")]
    public async Task Create_MissingOrInvalidField_Answers400NamingIt(string body, string field)
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.SendAsync(HttpMethod.Post, Path, rawBody: body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_ARGUMENT", response.ErrorType);
        Assert.Contains(field, response.Text, StringComparison.Ordinal);
        Assert.Single((await vc.GetAsync(Path)).As<List<ProviderSummary>>());
    }

    [Fact]
    public async Task CreateAndPatch_Oauth2Provider_KeepsUnsetFieldsAndValidatesUrls()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var id = (await vc.PostAsync(Path, new
        {
            config_tag = "Oauth2",
            name = "Okta",
            oauth2 = new
            {
                auth_endpoint = "https://okta.lab.local/oauth2/v1/authorize",
                token_endpoint = "https://okta.lab.local/oauth2/v1/token",
                public_key_uri = "https://okta.lab.local/oauth2/v1/keys",
                client_id = "vc",
                client_secret = "okta-secret",
                claim_map = new Dictionary<string, object>(),
                issuer = "https://okta.lab.local",
                authentication_method = "CLIENT_SECRET_POST",
            },
        })).As<string>();

        var patch = await vc.PatchAsync($"{Path}/{id}", new { config_tag = "Oauth2", oauth2 = new { client_id = "vc-2" } });
        var bad = await vc.PatchAsync($"{Path}/{id}", new { config_tag = "Oauth2", oauth2 = new { token_endpoint = "http://plain" } });
        var info = (await vc.GetAsync($"{Path}/{id}")).As<ProviderInfo>();

        Assert.Equal(HttpStatusCode.NoContent, patch.Status);
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("token_endpoint", bad.Text, StringComparison.Ordinal);
        Assert.Equal("vc-2", info.Oauth2!.ClientId);
        Assert.Equal(AuthenticationMethod.ClientSecretPost, info.Oauth2.AuthenticationMethod);
        Assert.Equal("https://okta.lab.local/oauth2/v1/token", info.Oauth2.TokenEndpoint);
    }

    [Fact]
    public async Task Create_DuplicateName_AnswersAlreadyExists()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        await vc.PostAsync(Path, AdfsSpec());

        var response = await vc.PostAsync(Path, AdfsSpec());

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("ALREADY_EXISTS", response.ErrorType);
    }

    [Fact]
    public async Task Patch_UnknownProviderOrOtherConfigTag_Answers404Or400()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var id = (await vc.PostAsync(Path, AdfsSpec())).As<string>();

        var unknown = await vc.PatchAsync($"{Path}/no-such-provider", new { config_tag = "Oidc" });
        var retag = await vc.PatchAsync($"{Path}/{id}", new { config_tag = "Oauth2" });

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.BadRequest, retag.Status);
        Assert.Contains("config_tag", retag.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_BuiltInProvider_IsRefused()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.DeleteAsync($"{Path}/vsphere.local");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Single((await vc.GetAsync(Path)).As<List<ProviderSummary>>());
    }

    [Fact]
    public async Task Create_ByOperator_Answers403()
    {
        using var vc = sim.NewAppliance();
        vc.Appliance.Users.Add(new UserAccount("op@vsphere.local", "pw", Role.Operator, false));
        await vc.LoginAsync("op@vsphere.local", "pw");

        var response = await vc.PostAsync(Path, AdfsSpec());

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
    }
}

using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Resilience;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Identity;
using VCRunbooks.VCenter.Infraprofile;
using VCRunbooks.VCenter.Logging;
using VCRunbooks.VCenter.SupportBundle;
using VCRunbooks.VCenter.Tests.Infrastructure;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Tests.Configuration;

/// <summary>Log forwarding, support bundles, infraprofile, FIPS and identity providers.</summary>
public sealed class ConfigurationFamiliesTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    private static readonly WaitPolicy EveryTenSeconds = new()
    {
        Backoff = new Backoff { InitialDelay = TimeSpan.FromSeconds(10), Factor = 1, MaxDelay = TimeSpan.FromSeconds(10), Jitter = 0 },
        Timeout = TimeSpan.FromHours(1),
    };

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task LogForwarding_SetThenTest_ReportsEachHost(ApiFlavor flavor)
    {
        await using var client = sim.Client(sim.NewAppliance(), flavor);
        ForwardingConfig[] configs = [new() { Hostname = "syslog.sim.local", Port = 514, Protocol = ForwardingProtocol.Udp }];

        await client.LogForwarding.SetAsync(configs);
        var read = await client.LogForwarding.GetAsync();
        var test = await client.LogForwarding.TestAsync(sendTestMessage: true);

        Assert.Equal(configs, read);
        Assert.Equal("syslog.sim.local", test.Single().Hostname);
    }

    [Fact]
    public async Task LogForwarding_PortOutOfRange_ThrowsNamingTheEntry()
    {
        await using var client = sim.Client(sim.NewAppliance());

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            client.LogForwarding.SetAsync([new ForwardingConfig { Hostname = "h", Port = -5, Protocol = ForwardingProtocol.Tcp }]));

        Assert.Equal("configs[0].Port", ex.ParamName);
    }

    [Fact]
    public async Task SupportBundle_CreateAndWait_IsListedWithDownloadUrl()
    {
        await using var client = sim.Client(sim.NewAppliance());
        var components = await client.SupportBundle.ListComponentsAsync();
        var reports = new ListProgress<VCRunbooks.VCenter.Tasks.TaskInfo>();

        var task = await client.SupportBundle.CreateAndWaitAsync(new SupportBundleCreateSpec { Description = "case 1234" }, EveryTenSeconds, reports);
        var list = await client.SupportBundle.ListAsync(status: SupportBundleCreationStatus.Succeeded);

        Assert.NotEmpty(components);
        Assert.Equal(TaskStatus.Succeeded, task.Status);
        Assert.Contains(list.SupportbundleOperations, b => b.Description == "case 1234" && b.Url is not null);
        Assert.True(reports.Items.Count >= 2);
    }

    [Fact]
    public async Task SupportBundle_GenerationFails_ThrowsWithTaskError()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance);
        using var http = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        using var fail = await http.PostAsync($"/simulator/appliances/{appliance.Name}/support-bundle/fail-next",
            new StringContent("""{"reason":"disk full"}""", System.Text.Encoding.UTF8, "application/json"));
        fail.EnsureSuccessStatusCode();

        var ex = await Assert.ThrowsAsync<VCenterOperationFailedException>(() =>
            client.SupportBundle.CreateAndWaitAsync(new SupportBundleCreateSpec { Description = "case 99" }, EveryTenSeconds));

        Assert.Equal(TaskStatus.Failed, Assert.IsType<VCRunbooks.VCenter.Tasks.TaskInfo>(ex.FinalState).Status);
    }

    [Fact]
    public async Task SupportBundle_RestFlavor_RefusesBeforeSending()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance, ApiFlavor.Rest);

        await Assert.ThrowsAsync<NotSupportedException>(() => client.SupportBundle.ListComponentsAsync());
        Assert.Equal(0, appliance.Sessions.Count);
    }

    [Fact]
    public async Task Infraprofile_ExportValidateImport_RoundTrips()
    {
        await using var client = sim.Client(sim.NewAppliance());

        var profiles = await client.Infraprofile.ListAsync();
        var exported = await client.Infraprofile.ExportAsync();
        var validation = await client.Infraprofile.ValidateAsync(new ImportProfileSpec { ConfigSpec = exported }, EveryTenSeconds);
        var imported = await client.Infraprofile.ImportAsync(new ImportProfileSpec { ConfigSpec = exported }, EveryTenSeconds);

        Assert.NotEmpty(profiles);
        Assert.Equal(ValidationStatus.Valid, validation.Status);
        Assert.NotEmpty(imported.Profiles);
    }

    [Fact]
    public async Task Infraprofile_ValidateGarbage_ReportsInvalidOrFails()
    {
        await using var client = sim.Client(sim.NewAppliance());

        try
        {
            var validation = await client.Infraprofile.ValidateAsync(new ImportProfileSpec { ConfigSpec = "{not json" }, EveryTenSeconds);
            Assert.Equal(ValidationStatus.Invalid, validation.Status);
        }
        catch (VCenterException ex)
        {
            Assert.False(ex.IsTransient);
        }
    }

    [Fact]
    public async Task Fips_Enable_IsReadBackOnceTheApplianceIsBack()
    {
        await using var client = sim.Client(sim.NewAppliance(), configure: o => o.Retry = new RetryPolicy { MaxRetries = 0 });

        await client.Fips.SetAsync(true);
        // The appliance reboots to apply FIPS mode: the generic poller rides out the 503s until it answers again.
        var info = await client.Poller.UntilAsync("FIPS reboot", client.Fips.GetAsync, _ => true, EveryTenSeconds);

        Assert.True(info.Enabled);
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task IdentityProviders_CreateGetUpdateDelete_RoundTrips(ApiFlavor flavor)
    {
        await using var client = sim.Client(sim.NewAppliance(), flavor);

        var id = await client.IdentityProviders.CreateAsync(new ProviderCreateSpec
        {
            ConfigTag = ConfigType.Oidc,
            Name = "ADFS",
            Oidc = new OidcCreateSpec
            {
                DiscoveryEndpoint = "https://adfs.sim.local/adfs/.well-known/openid-configuration",
                ClientId = "client", ClientSecret = "Secret!1", ClaimMap = ClaimMap.Empty,
            },
            IsDefault = true,
        });
        var listed = await client.IdentityProviders.ListAsync();
        await client.IdentityProviders.UpdateAsync(id, new ProviderUpdateSpec { ConfigTag = ConfigType.Oidc, Name = "ADFS-2" });
        var info = await client.IdentityProviders.GetAsync(id);
        await client.IdentityProviders.DeleteAsync(id);

        Assert.Contains(listed, p => p.Provider == id);
        Assert.Equal("ADFS-2", info.Name);
        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.IdentityProviders.GetAsync(id));
        Assert.Equal(ErrorType.NotFound, ex.ErrorType);
    }

    [Fact]
    public async Task IdentityProviders_CreateAnswerLost_IsNotSentAgain()
    {
        await using var client = sim.Client(sim.NewAppliance(), configure: o => o.WrapHandler = inner =>
            new LoseAnswerHandler(r => r.Method == HttpMethod.Post && r.RequestUri!.AbsolutePath.EndsWith("/identity/providers", StringComparison.Ordinal), inner));
        var spec = new ProviderCreateSpec
        {
            ConfigTag = ConfigType.Oidc,
            Oidc = new OidcCreateSpec { DiscoveryEndpoint = "https://adfs.sim.local/.well-known/openid-configuration", ClientId = "c", ClientSecret = "s", ClaimMap = ClaimMap.Empty },
        };

        var ex = await Assert.ThrowsAsync<VCenterConnectionException>(() => client.IdentityProviders.CreateAsync(spec));

        Assert.True(ex.IsTransient);
        Assert.Single(await client.IdentityProviders.ListAsync(), p => p.ConfigTag == ConfigType.Oidc);
    }

    [Fact]
    public async Task IdentityProviders_OidcWithoutSpec_ThrowsNamingIt()
    {
        await using var client = sim.Client(sim.NewAppliance());

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.IdentityProviders.CreateAsync(new ProviderCreateSpec { ConfigTag = ConfigType.Oidc }));

        Assert.Equal("spec.Oidc", ex.ParamName);
    }
}

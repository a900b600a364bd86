using System.Net;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Tests.Infrastructure;

namespace VCRunbooks.VCenter.Tests.Core;

public sealed class SessionTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task GetAsync_TwoCalls_LogsInOnceAndNamesTheUser(ApiFlavor flavor)
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance, flavor);

        var first = await client.Session.GetAsync();
        var second = await client.Session.GetAsync();

        Assert.Equal("administrator@vsphere.local", first.User, ignoreCase: true);
        Assert.Equal(first.CreatedTime, second.CreatedTime);
        Assert.Equal(1, appliance.Sessions.Count);
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task GetAsync_SessionExpiredMidUse_LogsInAgainOnceAndRetries(ApiFlavor flavor)
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance, flavor);
        await client.Session.GetAsync();
        var created = appliance.Sessions.Count;

        appliance.Sessions.ExpireAll();
        var info = await client.Session.GetAsync();

        Assert.Equal("administrator@vsphere.local", info.User, ignoreCase: true);
        Assert.Equal(1, created);
        Assert.Equal(1, appliance.Sessions.Count);
    }

    [Fact]
    public async Task GetAsync_SessionExpiredThroughControlApi_Recovers()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance);
        await client.Session.GetAsync();
        using var http = new HttpClient { BaseAddress = sim.Host.BaseAddress };

        using var response = await http.PostAsync($"/simulator/appliances/{appliance.Name}/faults",
            new StringContent("""{"expireSessions":true}""", System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        Assert.Equal(0, appliance.Sessions.Count);

        await client.Session.GetAsync();
        Assert.Equal(1, appliance.Sessions.Count);
    }

    [Fact]
    public async Task GetAsync_ManyCallersAfterExpiry_ShareOneNewSession()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance);
        await client.Session.GetAsync();
        appliance.Sessions.ExpireAll();

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.Session.GetAsync()));

        Assert.Equal(1, appliance.Sessions.Count);
    }

    [Fact]
    public async Task GetAsync_ReloginRejectedAfterExpiry_ThrowsPermanentUnauthenticated()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance);
        await client.Session.GetAsync();

        appliance.Sessions.ExpireAll();
        appliance.Users.Add(new UserAccount("administrator@vsphere.local", "Changed1!", Role.SuperAdmin, false));
        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Session.GetAsync());

        Assert.Equal(ErrorType.Unauthenticated, ex.ErrorType);
        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.False(ex.IsTransient);
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task GetAsync_WrongPassword_ThrowsUnauthenticatedWithoutRetrying(ApiFlavor flavor)
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance, flavor, VCenterCredentials.Sso("administrator@vsphere.local", "wrong"));
        var delaysBefore = sim.Delays.Count;

        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Session.GetAsync());

        Assert.Equal(ErrorType.Unauthenticated, ex.ErrorType);
        Assert.Contains(ex.Messages, m => m.Id == "com.vmware.vapi.endpoint.method.authentication.required");
        Assert.Equal(delaysBefore, sim.Delays.Count);
    }

    [Fact]
    public async Task LogoutAsync_AfterLogin_DeletesTheServerSessionAndNextCallLogsInAgain()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance);
        await client.Session.GetAsync();

        await client.Session.LogoutAsync();
        Assert.Equal(0, appliance.Sessions.Count);

        await client.Session.GetAsync();
        Assert.Equal(1, appliance.Sessions.Count);
    }

    [Fact]
    public async Task DisposeAsync_LoggedIn_LogsOut()
    {
        var appliance = sim.NewAppliance();
        var client = sim.Client(appliance);
        await client.Session.GetAsync();

        await client.DisposeAsync();

        Assert.Equal(0, appliance.Sessions.Count);
    }

    [Fact]
    public async Task GetAsync_LocalRootBasicAuth_AuthenticatesEachCallWithoutSession()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance, credentials: VCenterCredentials.LocalRoot(ClientFixture.Password));

        var info = await client.Session.GetAsync();

        Assert.Equal("root", info.User);
        Assert.Equal(0, appliance.Sessions.Count);
    }

    [Fact]
    public async Task GetAsync_LocalRootWrongPassword_ThrowsPermanentUnauthenticated()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance, credentials: VCenterCredentials.LocalRoot("nope"));

        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Session.GetAsync());

        Assert.Equal(ErrorType.Unauthenticated, ex.ErrorType);
        Assert.False(ex.IsTransient);
    }
}

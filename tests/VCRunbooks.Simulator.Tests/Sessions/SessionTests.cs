using System.Net;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Sessions;

namespace VCRunbooks.Simulator.Tests.Sessions;

public sealed class SessionTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task CreateSession_WithSsoBasicAuth_ReturnsTokenThatAuthenticatesLaterCalls()
    {
        using var vc = sim.NewAppliance();
        var token = await vc.LoginAsync();

        var info = await vc.GetAsync("/api/session");

        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(HttpStatusCode.OK, info.Status);
        Assert.Equal("administrator@vsphere.local", info.As<SessionInfo>().User, ignoreCase: true);
    }

    [Fact]
    public async Task CreateSession_WithWrongPassword_Answers401WithChallenge()
    {
        using var vc = sim.NewAppliance();
        using var http = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/session");
        request.Headers.Host = vc.Appliance.Name;
        request.Headers.Authorization = VapiTestClient.Basic("administrator@vsphere.local", "wrong");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Basic realm", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("UNAUTHENTICATED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_IdleLongerThanTimeout_Expires()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        vc.Appliance.Sessions.IdleTimeout = TimeSpan.FromMinutes(30);

        sim.Advance(TimeSpan.FromMinutes(29));
        var stillAlive = await vc.GetAsync("/api/session");
        sim.Advance(TimeSpan.FromMinutes(31));
        var expired = await vc.GetAsync("/api/session");

        Assert.Equal(HttpStatusCode.OK, stillAlive.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        Assert.Equal("UNAUTHENTICATED", expired.ErrorType);
    }

    [Fact]
    public async Task DeleteSession_EndsIt()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var deleted = await vc.DeleteAsync("/api/session");
        var after = await vc.GetAsync("/api/session");

        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, after.Status);
    }

    [Fact]
    public async Task RestSession_ReturnsWrappedTokenAndCookie()
    {
        using var vc = sim.NewAppliance();
        using var http = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/rest/com/vmware/cis/session");
        request.Headers.Host = vc.Appliance.Name;
        request.Headers.Authorization = VapiTestClient.Basic("administrator@vsphere.local", "VMware1!");

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("{\"value\":\"", body, StringComparison.Ordinal);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("vmware-api-session-id=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownPath_Answers404WithVapiEnvelope()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.GetAsync("/api/appliance/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("NOT_FOUND", response.ErrorType);
    }

    [Fact]
    public async Task Request_WithoutSession_Answers401()
    {
        using var vc = sim.NewAppliance();

        var response = await vc.GetAsync("/api/session");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task Request_ForAnotherAppliance_IsRoutedByHostName()
    {
        using var first = sim.NewAppliance();
        using var second = sim.NewAppliance();
        await first.LoginAsync();

        // A token from one appliance means nothing to another.
        var crossed = await new VapiTestClientWithToken(second, first.SessionId!).GetAsync("/api/session");

        Assert.Equal(HttpStatusCode.Unauthorized, crossed.Status);
    }

    private sealed class VapiTestClientWithToken(VapiTestClient client, string token)
    {
        public async Task<VapiResponse> GetAsync(string path)
        {
            using var http = new HttpClient { BaseAddress = client.Host.BaseAddress };
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = client.Appliance.Name;
            request.Headers.Add("vmware-api-session-id", token);
            using var response = await http.SendAsync(request);
            return new VapiResponse(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers);
        }
    }
}

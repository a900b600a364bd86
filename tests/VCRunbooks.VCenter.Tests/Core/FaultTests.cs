using System.Net;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Resilience;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Tests.Infrastructure;

namespace VCRunbooks.VCenter.Tests.Core;

public sealed class FaultTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task GetAsync_UnknownTask_ThrowsPermanentNotFoundWithMessages(ApiFlavor flavor)
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance, flavor);

        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Tasks.GetAsync("no-such-task"));

        Assert.Equal(ErrorType.NotFound, ex.ErrorType);
        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.False(ex.IsTransient);
        Assert.NotEmpty(ex.Messages);
        Assert.Contains("NOT_FOUND", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_Within503Window_RetriesUntilTheWindowEnds()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance);
        await client.Session.GetAsync();
        await PostFaultAsync(appliance.Name, """{"unavailableForSeconds":20}""");
        var started = sim.Host.Clock.GetUtcNow();

        var info = await client.Session.GetAsync();

        Assert.Equal("administrator@vsphere.local", info.User, ignoreCase: true);
        // Backoff 1+2+4+8+16 s: the fifth retry is the first after the 20 s window.
        Assert.True(sim.Host.Clock.GetUtcNow() - started >= TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task GetAsync_503WindowLongerThanRetries_ThrowsTransientServiceUnavailable()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance, configure: o => o.Retry = new RetryPolicy { MaxRetries = 2, Backoff = new Backoff { Jitter = 0 } });
        await PostFaultAsync(appliance.Name, """{"unavailableForSeconds":3600}""");

        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Session.GetAsync());

        Assert.Equal(ErrorType.ServiceUnavailable, ex.ErrorType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.True(ex.IsTransient);
    }

    [Fact]
    public async Task GetAsync_Random5xxRate_EveryReadSucceedsThroughRetries()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance);
        await client.Session.GetAsync();
        await PostFaultAsync(appliance.Name, """{"random5xxRate":0.3,"seed":1}""");
        var delaysBefore = sim.Delays.Count;

        for (var i = 0; i < 30; i++)
        {
            await client.Session.GetAsync();
        }

        Assert.True(sim.Delays.Count > delaysBefore, "a 30% failure rate over 30 reads must have caused retries");
    }

    [Fact]
    public async Task CancelAsync_UnsafeActionFailsTransiently_IsSentOnlyOnce()
    {
        var appliance = sim.NewAppliance();
        var logs = new ListLogger();
        await using var client = sim.Client(appliance, loggers: logs);
        await client.Session.GetAsync();
        await PostFaultAsync(appliance.Name, """{"random5xxRate":1,"seed":1}""");

        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Tasks.CancelAsync("some-task"));

        Assert.True(ex.IsTransient);
        Assert.Single(logs.Lines, l => l.Contains("POST", StringComparison.Ordinal) && l.Contains("action=cancel", StringComparison.Ordinal) && l.Contains("answered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetAsync_ConnectionsRefusedWhileProxyRestarts_RetriesThenSucceeds()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance);
        await client.Session.GetAsync();
        await PostFaultAsync(appliance.Name, """{"refuseConnectionsForSeconds":5}""");

        var info = await client.Session.GetAsync();

        Assert.NotNull(info);
    }

    [Fact]
    public async Task GetAsync_ConnectionsRefusedWithoutRetries_ThrowsTransientConnectionFailure()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance, configure: o => o.Retry = new RetryPolicy { MaxRetries = 0 });
        await client.Session.GetAsync();
        await PostFaultAsync(appliance.Name, """{"refuseConnectionsForSeconds":60}""");

        var ex = await Assert.ThrowsAsync<VCenterConnectionException>(() => client.Session.GetAsync());

        Assert.True(ex.IsTransient);
        Assert.False(ex.TimedOut);
        Assert.Null(ex.StatusCode);
    }

    [Fact]
    public async Task GetAsync_SlowerThanTargetTimeout_ThrowsTransientTimeout()
    {
        var appliance = sim.NewAppliance();
        var factory = new VCRunbooks.VCenter.Client.VCenterClientFactory(sim.Options(o => o.Retry = new RetryPolicy { MaxRetries = 0 }));
        await using var client = factory.Create(sim.Target(appliance) with { Timeout = TimeSpan.FromMilliseconds(300) },
            VCenterCredentials.Sso("administrator@vsphere.local", ClientFixture.Password));
        await client.Session.GetAsync();
        await PostFaultAsync(appliance.Name, """{"latencyMs":5000}""");

        var ex = await Assert.ThrowsAsync<VCenterConnectionException>(() => client.Session.GetAsync());

        Assert.True(ex.TimedOut);
        Assert.True(ex.IsTransient);
        await PostFaultAsync(appliance.Name, """{"latencyMs":0}""");
    }

    [Fact]
    public async Task GetAsync_SlowButWithinTimeout_Succeeds()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance);
        await PostFaultAsync(appliance.Name, """{"latencyMs":100}""");

        var info = await client.Session.GetAsync();

        Assert.NotNull(info);
    }

    private async Task PostFaultAsync(string appliance, string json)
    {
        using var http = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        using var response = await http.PostAsync($"/simulator/appliances/{appliance}/faults", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }
}

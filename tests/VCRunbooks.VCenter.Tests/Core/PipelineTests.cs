using System.Text.Json;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Tests.Infrastructure;

namespace VCRunbooks.VCenter.Tests.Core;

public sealed class PipelineTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    [Fact]
    public async Task SendAsync_UnsafeCallWithDetectorFindingEarlierEffect_ReturnsItWithoutResending()
    {
        var appliance = sim.NewAppliance();
        var logs = new ListLogger();
        await using var client = sim.Client(appliance, loggers: logs);
        await client.Session.GetAsync();
        appliance.Faults.UnavailableUntil = sim.Host.Clock.GetUtcNow().AddSeconds(10);
        var detections = 0;

        var result = await Transport(client).SendAsync<string>(ListTasks(), ct =>
        {
            detections++;
            return Task.FromResult<string?>("found-earlier");
        }, CancellationToken.None);

        Assert.Equal("found-earlier", result);
        Assert.Equal(1, detections);
        Assert.Single(logs.Lines, l => l.Contains("action=list", StringComparison.Ordinal) && l.Contains("answered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_UnsafeCallWithDetectorFindingNothing_SendsAgainAfterTheWindow()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance);
        await client.Session.GetAsync();
        appliance.Faults.UnavailableUntil = sim.Host.Clock.GetUtcNow().AddSeconds(5);
        var detections = 0;

        var result = await Transport(client).SendAsync<JsonElement?>(ListTasks(), ct =>
        {
            detections++;
            return Task.FromResult<JsonElement?>(null);
        }, CancellationToken.None);

        Assert.Equal(JsonValueKind.Object, result!.Value.ValueKind);
        Assert.True(detections >= 1);
    }

    [Fact]
    public async Task SendAsync_UnsafeCallWithoutDetector_FailsOnFirstTransientError()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance);
        await client.Session.GetAsync();
        appliance.Faults.UnavailableUntil = sim.Host.Clock.GetUtcNow().AddSeconds(5);
        var delays = sim.Delays.Count;

        var ex = await Assert.ThrowsAsync<VCRunbooks.VCenter.Client.Errors.VCenterException>(() => Transport(client).SendAsync(ListTasks(), CancellationToken.None));

        Assert.True(ex.IsTransient);
        Assert.Equal(delays, sim.Delays.Count);
    }

    private static VapiTransport Transport(IVCenterClient client) => ((VCenterClient)client).Transport;

    // Listing is a POST; marked unsafe here to exercise the create path of the pipelines.
    private static VapiRequest ListTasks() => new()
    {
        Method = HttpMethod.Post,
        Api = "/api/cis/tasks?action=list",
        Body = new { },
        Retry = RetryMode.Unsafe,
    };
}

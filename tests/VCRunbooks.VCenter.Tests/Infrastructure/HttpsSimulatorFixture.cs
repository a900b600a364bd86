using VCRunbooks.Simulator.Hosting;

namespace VCRunbooks.VCenter.Tests.Infrastructure;

/// <summary>A simulator on HTTPS with its generated self-signed certificate.</summary>
public sealed class HttpsSimulatorFixture : IAsyncLifetime
{
    public SimulatorHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await SimulatorHost.StartAsync(o => o.ClockFactor = 0, https: true);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

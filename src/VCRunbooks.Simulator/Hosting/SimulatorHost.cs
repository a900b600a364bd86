using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Clock;

namespace VCRunbooks.Simulator.Hosting;

/// <summary>
/// A simulator running inside another process (tests, the server's embedded default, benchmarks), listening on
/// a free loopback port.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatorHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the simulator listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }
    public IServiceProvider Services => _app.Services;
    public VirtualClock Clock => Services.GetRequiredService<VirtualClock>();
    public ApplianceRegistry Appliances => Services.GetRequiredService<ApplianceRegistry>();
    public SimulatorCertificate Certificate => Services.GetRequiredService<SimulatorCertificate>();

    /// <summary>Starts a simulator on 127.0.0.1 with a free port; https uses the generated self-signed certificate.</summary>
    public static async Task<SimulatorHost> StartAsync(Action<SimulatorOptions>? configure = null, bool https = false, CancellationToken cancellationToken = default)
    {
        var app = SimulatorApp.Build([], configure, https ? "https://127.0.0.1:0" : "http://127.0.0.1:0");
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimulatorHost(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

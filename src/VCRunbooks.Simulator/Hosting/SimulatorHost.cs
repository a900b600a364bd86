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
    /// <summary>The simulator's services.</summary>
    public IServiceProvider Services => _app.Services;
    /// <summary>The simulator's clock: tests set its factor to 0 and <see cref="VirtualClock.Advance"/> it to move every appliance's jobs.</summary>
    public VirtualClock Clock => Services.GetRequiredService<VirtualClock>();
    /// <summary>The simulator's appliances; add the ones a test needs here.</summary>
    public ApplianceRegistry Appliances => Services.GetRequiredService<ApplianceRegistry>();
    /// <summary>The certificate https serves, for clients that pin its thumbprint.</summary>
    public SimulatorCertificate Certificate => Services.GetRequiredService<SimulatorCertificate>();

    /// <summary>Starts a simulator on 127.0.0.1 with a free port; https uses the generated self-signed certificate.</summary>
    public static async Task<SimulatorHost> StartAsync(Action<SimulatorOptions>? configure = null, bool https = false, CancellationToken cancellationToken = default)
    {
        var app = SimulatorApp.Build([], configure, https ? "https://127.0.0.1:0" : "http://127.0.0.1:0");
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimulatorHost(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>Stops the simulator and releases its port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Hosting;

namespace VCRunbooks.Server.Simulator;

/// <summary>
/// The vCenter simulator inside the server process, on its own loopback port. A separate listener rather than
/// endpoints mapped into the server: the simulator owns /api and /rest exactly like a real vCenter, which would
/// collide with the server's /api, and runbooks reach it over HTTP the same way they reach a real vCenter. Its
/// simulated time flows from the server's clock (the TimeProvider in DI) at <see cref="EmbeddedSimulatorOptions.ClockFactor"/>×.
/// </summary>
internal sealed class EmbeddedSimulator(IOptions<EmbeddedSimulatorOptions> options, TimeProvider time) : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Where the simulated vCenters listen, once started.</summary>
    public Uri? BaseAddress { get; private set; }

    public ApplianceRegistry Appliances =>
        _app?.Services.GetRequiredService<ApplianceRegistry>() ?? throw new InvalidOperationException("The embedded simulator is not started.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        _app = SimulatorApp.Build([], simulator =>
        {
            simulator.CreateDefaultAppliance = false;
            simulator.ClockFactor = o.ClockFactor;
        }, $"http://127.0.0.1:{o.Port}", time);
        await _app.StartAsync(cancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }
}

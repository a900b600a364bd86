using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Hosting;

namespace VCRunbooks.Simulator.Tests.Infrastructure;

/// <summary>
/// One in-process simulator on a loopback port with its clock stopped: tests move simulated time themselves.
/// Each test creates its own appliances (unique names), so tests sharing the fixture do not interfere.
/// </summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    public SimulatorHost Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await SimulatorHost.StartAsync(o =>
        {
            o.ClockFactor = 0;
            o.ClockStart = Start;
        });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Creates an appliance with a unique name and returns a client for it.</summary>
    public VapiTestClient NewAppliance(ApplianceSpec? spec = null, [System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        var name = $"{caller.ToLowerInvariant().Replace('_', '-')}-{Guid.NewGuid():N}"[..Math.Min(60, caller.Length + 9)] + ".sim.local";
        var appliance = Host.Appliances.Add((spec ?? new ApplianceSpec { Name = name }) with { Name = name });
        return new VapiTestClient(Host, appliance);
    }

    public void Advance(TimeSpan delta) => Host.Clock.Advance(delta);
}

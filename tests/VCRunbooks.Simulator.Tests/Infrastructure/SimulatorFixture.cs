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
        // A DNS label is at most 63 characters: keep the test's name readable, the random suffix whole.
        var label = caller.ToLowerInvariant().Replace('_', '-');
        var name = $"{label[..Math.Min(label.Length, 50)]}-{Guid.NewGuid().ToString("N")[..12]}.sim.local";
        var appliance = Host.Appliances.Add((spec ?? new ApplianceSpec { Name = name }) with { Name = name });
        return new VapiTestClient(Host, appliance);
    }

    public void Advance(TimeSpan delta) => Host.Clock.Advance(delta);
}

using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Hosting;

namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>An in-process simulator with its clock stopped (factor 0): only the tests move time.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public const string Password = "VMware1!";

    public SimulatorHost Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await SimulatorHost.StartAsync(o =>
        {
            o.ClockFactor = 0;
            o.ClockStart = new DateTimeOffset(2026, 3, 2, 22, 0, 0, TimeSpan.Zero);
        });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public Appliance NewAppliance(ApplianceSpec? spec = null, [System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        var stem = caller.ToLowerInvariant().Replace('_', '-');
        var name = stem[..Math.Min(40, stem.Length)] + $"-{Guid.NewGuid():N}"[..9] + ".sim.local";
        return Host.Appliances.Add((spec ?? new ApplianceSpec { Name = name, SsoPassword = Password, RootPassword = Password }) with { Name = name });
    }
}

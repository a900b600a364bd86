using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Hosting;
using Xunit;

namespace VCRunbooks.Testing.Simulator;

/// <summary>
/// One in-process simulator on a loopback port with its clock stopped at <paramref name="clockStart"/>: tests move
/// simulated time themselves. Each test adds its own appliances (unique names), so tests sharing the fixture do not interfere.
/// </summary>
public class SimulatorFixture(DateTimeOffset clockStart) : IAsyncLifetime
{
    /// <summary>The SSO and root password of every appliance added without a spec.</summary>
    public const string Password = "VMware1!";

    public SimulatorHost Host { get; private set; } = null!;

    public virtual async Task InitializeAsync() =>
        Host = await SimulatorHost.StartAsync(o =>
        {
            o.ClockFactor = 0;
            o.ClockStart = clockStart;
        });

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Adds an appliance named after the calling test (plus a random suffix), from <paramref name="spec"/> or the defaults.</summary>
    public Appliance NewAppliance(ApplianceSpec? spec = null, [System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        var name = UniqueName(caller);
        return Host.Appliances.Add((spec ?? new ApplianceSpec { Name = name, SsoPassword = Password, RootPassword = Password }) with { Name = name });
    }

    /// <summary>A DNS name unique to this call: the test's name (a DNS label is at most 63 characters), a random suffix.</summary>
    public static string UniqueName(string caller)
    {
        var label = caller.ToLowerInvariant().Replace('_', '-');
        return $"{label[..Math.Min(label.Length, 40)]}-{Guid.NewGuid().ToString("N")[..12]}.sim.local";
    }
}

using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Hosting;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.Testing.Clock;
using VCRunbooks.VCenter.Client.Resilience;

namespace VCRunbooks.VCenter.Tests.Infrastructure;

/// <summary>
/// An in-process simulator with its clock stopped. Clients made here run on a <see cref="SkippingClock"/> over the
/// simulator's clock: their waits move it, so retries and polls take no real time.
/// </summary>
public sealed class ClientFixture : IAsyncLifetime
{
    public const string Password = "VMware1!";
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    public SimulatorHost Host { get; private set; } = null!;

    /// <summary>The clients' clock: the simulator's, moved on by every wait.</summary>
    public SkippingClock Time { get; private set; } = null!;

    /// <summary>Every delay the clients asked for, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays => Time.Waits;

    public async Task InitializeAsync()
    {
        Host = await SimulatorHost.StartAsync(o =>
        {
            o.ClockFactor = 0;
            o.ClockStart = Start;
        });
        Time = new SkippingClock(Host.Clock);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public Appliance NewAppliance(ApplianceSpec? spec = null, [System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        var name = $"{caller.ToLowerInvariant().Replace('_', '-')}"[..Math.Min(40, caller.Length)] + $"-{Guid.NewGuid():N}"[..9] + ".sim.local";
        return Host.Appliances.Add((spec ?? new ApplianceSpec { Name = name, SsoPassword = Password, RootPassword = Password }) with { Name = name });
    }

    public VCenterClientOptions Options(Action<VCenterClientOptions>? configure = null)
    {
        var options = new VCenterClientOptions
        {
            TimeProvider = Time,
            Retry = new RetryPolicy { MaxRetries = 5, Backoff = new Backoff { InitialDelay = TimeSpan.FromSeconds(1), Jitter = 0 } },
        };
        configure?.Invoke(options);
        return options;
    }

    public VCenterTarget Target(Appliance appliance, ApiFlavor flavor = ApiFlavor.Api) =>
        new() { Host = appliance.Name, ApiBaseUrl = Host.BaseAddress, Flavor = flavor };

    public IVCenterClient Client(Appliance appliance, ApiFlavor flavor = ApiFlavor.Api, VCenterCredentials? credentials = null,
        Action<VCenterClientOptions>? configure = null, Microsoft.Extensions.Logging.ILoggerFactory? loggers = null) =>
        new VCenterClientFactory(Options(configure), loggers).Create(
            Target(appliance, flavor), credentials ?? VCenterCredentials.Sso("administrator@vsphere.local", Password));
}

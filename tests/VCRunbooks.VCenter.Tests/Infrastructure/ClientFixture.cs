using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.Testing.Clock;
using VCRunbooks.Testing.Simulator;
using VCRunbooks.VCenter.Client.Resilience;

namespace VCRunbooks.VCenter.Tests.Infrastructure;

/// <summary>
/// The test kit's simulator fixture, its clock stopped. Clients made here run on a <see cref="SkippingClock"/> over the
/// simulator's clock: their waits move it, so retries and polls take no real time.
/// </summary>
public sealed class ClientFixture() : SimulatorFixture(Start)
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The clients' clock: the simulator's, moved on by every wait.</summary>
    public SkippingClock Time { get; private set; } = null!;

    /// <summary>Every delay the clients asked for, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays => Time.Waits;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Time = new SkippingClock(Host.Clock);
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

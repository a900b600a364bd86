using VCRunbooks.Simulator.Appliances;

namespace VCRunbooks.Simulator.Tests.Infrastructure;

/// <summary>The test kit's simulator fixture; its appliances come with a raw vAPI client, as these tests speak HTTP.</summary>
public sealed class SimulatorFixture() : VCRunbooks.Testing.Simulator.SimulatorFixture(Start)
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Creates an appliance with a unique name and returns a client for it (hides the kit's, which returns the appliance).</summary>
    public new VapiTestClient NewAppliance(ApplianceSpec? spec = null, [System.Runtime.CompilerServices.CallerMemberName] string caller = "") =>
        new(Host, base.NewAppliance(spec, caller));

    public void Advance(TimeSpan delta) => Host.Clock.Advance(delta);
}

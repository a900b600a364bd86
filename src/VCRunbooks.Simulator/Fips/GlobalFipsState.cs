using VCRunbooks.Simulator.Appliances;

namespace VCRunbooks.Simulator.Fips;

/// <summary>
/// Global FIPS mode of one appliance. Changing it reboots the appliance: for <see cref="RebootDuration"/> of
/// simulated time its services restart (every API call but a few answers 503) and existing sessions end.
/// </summary>
internal sealed class GlobalFipsState : IApplianceFeature<GlobalFipsState>
{
    public static readonly TimeSpan RebootDuration = TimeSpan.FromMinutes(6);

    public static GlobalFipsState Create(Appliance appliance) => new();

    public bool Enabled { get; internal set; }

    public void Advance(DateTimeOffset now)
    {
    }
}

namespace VCRunbooks.Simulator.Appliances;

/// <summary>
/// The state of one operation family on one appliance (backup, deployment, update, ...). Features are
/// created on first use and advanced lazily: before every request the appliance brings each of its features
/// up to the current simulated time, so long operations progress with the virtual clock and no timers run.
/// </summary>
public interface IApplianceFeature
{
    /// <summary>Brings the feature's state machines forward to <paramref name="now"/>.</summary>
    void Advance(DateTimeOffset now);
}

/// <summary>A feature that knows how to create itself for an appliance.</summary>
public interface IApplianceFeature<TSelf> : IApplianceFeature where TSelf : class, IApplianceFeature<TSelf>
{
    /// <summary>Creates the feature's initial state for <paramref name="appliance"/>; called once, on first use.</summary>
    static abstract TSelf Create(Appliance appliance);
}

using System.ComponentModel.DataAnnotations;

namespace VCRunbooks.Simulator;

/// <summary>Settings of a simulator process; bound from the <c>Simulator</c> configuration section.</summary>
public sealed class SimulatorOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Simulator";

    /// <summary>Simulated seconds per real second; 0 stops the clock so only the control API moves it.</summary>
    [Range(0, 1_000_000)]
    public double ClockFactor { get; set; } = 60;

    /// <summary>Where simulated time starts; null for the real current time.</summary>
    public DateTimeOffset? ClockStart { get; set; }

    /// <summary>Idle time after which a session expires (no authoritative vAPI default; the SOAP default is 30 min).</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Name of the appliance created at start and answering requests whose host matches no other.</summary>
    public string DefaultApplianceName { get; set; } = "vcsa-01.vsphere.local";

    /// <summary>Password of administrator@vsphere.local and root on the default appliance.</summary>
    public string DefaultPassword { get; set; } = "VMware1!";

    /// <summary>Set to false to start with no appliance at all (tests and hosts that build their own fleet).</summary>
    public bool CreateDefaultAppliance { get; set; } = true;
}

using System.ComponentModel.DataAnnotations;

namespace VCRunbooks.Server.Simulator;

/// <summary>The simulator the server starts in-process; bound from the <c>EmbeddedSimulator</c> section.</summary>
public sealed class EmbeddedSimulatorOptions
{
    /// <summary>The configuration section: <c>EmbeddedSimulator</c>.</summary>
    public const string SectionName = "EmbeddedSimulator";

    /// <summary>On by default (the embedded default); off in production, where targets are real vCenters.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Loopback port of the simulated vCenters; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 5081;

    /// <summary>Simulated seconds per second of the server's clock, so a patch that takes an hour on a real appliance takes a minute; 0 stops simulated time.</summary>
    [Range(0, 1_000_000)]
    public double ClockFactor { get; set; } = 60;

    /// <summary>Register the demo fleet (three appliances and their targets) at start-up.</summary>
    public bool DemoFleet { get; set; } = true;
}

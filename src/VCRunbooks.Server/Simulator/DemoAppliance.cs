using VCRunbooks.Simulator.Appliances;

namespace VCRunbooks.Server.Simulator;

/// <summary>
/// One member of the demo fleet: the simulated appliance, its target name, the runbook it shows off, and inputs
/// that runbook needs for the demo when the command line does not give them.
/// </summary>
internal sealed record DemoAppliance(string TargetName, ApplianceSpec Spec, string Runbook, string Purpose)
{
    /// <summary>Input values as JSON text (strings quoted, arrays in brackets).</summary>
    public IReadOnlyDictionary<string, string> DemoInputs { get; init; } = new Dictionary<string, string>();

    /// <summary>Other runbooks this target is the demo target of (the script twin of a JSON runbook).</summary>
    public IReadOnlyList<string> AlsoRunbooks { get; init; } = [];

    /// <summary>The target's tags besides its runbook tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [DemoFleet.Tag];

    public bool Serves(string runbook) => Runbook == runbook || AlsoRunbooks.Contains(runbook, StringComparer.Ordinal);
}

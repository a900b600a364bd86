using VCRunbooks.Simulator.Appliances;

namespace VCRunbooks.Server.Simulator;

/// <summary>One member of the demo fleet: the simulated appliance, its target name and the runbook it shows off.</summary>
internal sealed record DemoAppliance(string TargetName, ApplianceSpec Spec, string Runbook, string Purpose);

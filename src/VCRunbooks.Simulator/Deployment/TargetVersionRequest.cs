namespace VCRunbooks.Simulator.Deployment;

/// <summary>The version an upgrade or migration installs, e.g. 8.0.2.00300.</summary>
public sealed record TargetVersionRequest(string Version);

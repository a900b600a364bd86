namespace VCRunbooks.Simulator.Deployment;

/// <summary>The version an upgrade or migration installs, e.g. 8.0.2.00300.</summary>
internal sealed record TargetVersionRequest(string Version);

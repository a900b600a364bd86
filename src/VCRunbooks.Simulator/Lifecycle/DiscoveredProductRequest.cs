namespace VCRunbooks.Simulator.Lifecycle;

/// <summary>Control API: a product deployment vCenter discovers by itself.</summary>
internal sealed record DiscoveredProductRequest(string? Name, string? Version, IReadOnlyList<string>? Deployments);

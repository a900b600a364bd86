namespace VCRunbooks.Simulator.Lifecycle;

/// <summary>A product associated with vCenter; Auto ones were discovered and cannot be changed or removed.</summary>
internal sealed record AssociatedProduct(string Id, string Name, string Version, IReadOnlyList<string> Deployments, bool Auto);

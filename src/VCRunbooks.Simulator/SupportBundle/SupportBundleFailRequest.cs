namespace VCRunbooks.Simulator.SupportBundle;

/// <summary>Control API: the next support bundle fails with this reason.</summary>
public sealed record SupportBundleFailRequest(string? Reason);

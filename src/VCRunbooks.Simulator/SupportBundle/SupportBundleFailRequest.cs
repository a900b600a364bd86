namespace VCRunbooks.Simulator.SupportBundle;

/// <summary>Control API: the next support bundle fails with this reason.</summary>
internal sealed record SupportBundleFailRequest(string? Reason);

namespace VCRunbooks.Simulator.Topology;

/// <summary>Control API: make a linked-mode partner (un)reachable from one node.</summary>
internal sealed record PartnerReachabilityRequest(string? Partner, bool Reachable);

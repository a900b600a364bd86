namespace VCRunbooks.Simulator.Control;

/// <summary>Moves the virtual clock forward, or changes how fast it runs.</summary>
internal sealed record ClockRequest(double? AdvanceSeconds = null, double? Factor = null);

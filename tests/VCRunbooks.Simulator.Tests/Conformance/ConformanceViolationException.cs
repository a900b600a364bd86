namespace VCRunbooks.Simulator.Tests.Conformance;

/// <summary>A simulator answer that the real API's spec does not allow.</summary>
public sealed class ConformanceViolationException(string message) : Exception(message);

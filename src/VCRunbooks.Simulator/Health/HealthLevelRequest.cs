namespace VCRunbooks.Simulator.Health;

/// <summary>A health level to set on a sub-item: green, gray, yellow, orange or red, with an optional message.</summary>
internal sealed record HealthLevelRequest(string Level, string? Message = null);

namespace VCRunbooks.Server.Triggers.Schedules;

/// <summary>What one node did with one schedule tick (for a fan-out, with one target), for logs and tests.</summary>
internal sealed record TickOutcome(string Schedule, DateTimeOffset Tick, string What, string? RunId = null, string? Target = null);

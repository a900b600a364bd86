namespace VCRunbooks.ScaleOut.Tests.Infrastructure;

/// <summary>One execution of the Probe activity as the ledger recorded it (times from the database clock).</summary>
public sealed record ProbeExecution(string Node, string RunId, string ActivityId, string IdempotencyKey, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

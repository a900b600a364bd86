namespace VCRunbooks.Simulator.Ledger;

/// <summary>One side effect an appliance performed, e.g. <c>backup.started</c> with the job id.</summary>
public sealed record LedgerEntry(long Sequence, DateTimeOffset Time, string Kind, string Subject, string? Detail);

namespace VCRunbooks.Engine.Persistence;

internal sealed class RunRecord
{
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    public required string Status { get; set; }
    public required string State { get; set; }
    public string? ParentRunId { get; set; }
    public string? IdempotencyKey { get; set; }
    public string? Error { get; set; }

    /// <summary>The run's <c>target</c> input when it has one (a vCenter name): runs and questions are listed by it.</summary>
    public string? Target { get; set; }
    public long CreatedAtMs { get; set; }
    public long UpdatedAtMs { get; set; }

    /// <summary>Optimistic concurrency token: every commit checks and increments it.</summary>
    public long Revision { get; set; }
}

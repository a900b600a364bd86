namespace VCRunbooks.Server.Triggers.Webhooks;

/// <summary>The answer to an accepted webhook: the runs it started, those it had started before, and what it skipped and why.</summary>
internal sealed record WebhookReply
{
    public required string Status { get; init; }

    public List<RunReply> Started { get; init; } = [];

    public List<RunReply> Duplicates { get; init; } = [];

    /// <summary>Runs waiting for their maintenance window.</summary>
    public List<RunReply> Deferred { get; init; } = [];

    public List<SkipReply> Skipped { get; init; } = [];

    public sealed record RunReply(string Trigger, string Key, string? RunId, string? Url, string? Reason = null, DateTimeOffset? StartsAt = null);

    public sealed record SkipReply(string Trigger, int? Item, string Reason);
}

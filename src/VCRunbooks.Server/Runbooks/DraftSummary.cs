namespace VCRunbooks.Server.Runbooks;

/// <summary>A saved draft: which runbook, its name and when it was last saved.</summary>
internal sealed record DraftSummary(string Id, string Name, DateTimeOffset SavedAt);

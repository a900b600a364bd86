using VCRunbooks.Server.GitSync.Git;

namespace VCRunbooks.Server.GitSync;

/// <summary>
/// Where the runbooks come from and how the last sync went: the commit now published, when, its result (ok; errors when
/// some files are invalid; failed when the fetch or the store failed, with <see cref="Error"/>), and every file's state.
/// </summary>
internal sealed record GitSyncStatus
{
    public bool Enabled { get; init; }
    public string? Url { get; init; }
    public string? Branch { get; init; }
    public string? Path { get; init; }
    public GitCommit? Commit { get; init; }
    public DateTimeOffset? LastSyncAt { get; init; }
    public string? LastResult { get; init; }
    public string? Error { get; init; }

    /// <summary>The commit before this sync's is not in this one's history: the branch was force-pushed.</summary>
    public bool HistoryRewritten { get; init; }

    /// <summary>This node's count of syncs (its own, or another node's it took on).</summary>
    public int Syncs { get; init; }

    /// <summary>The node that made the sync (Engine:NodeId): with several nodes on one database, one syncs at a time.</summary>
    public string? SyncedBy { get; init; }
    public IReadOnlyList<string> Published { get; init; } = [];
    public IReadOnlyList<GitRetraction> Retracted { get; init; } = [];
    public IReadOnlyList<GitFileStatus> Files { get; init; } = [];

    /// <summary>Triggers (webhooks, aliases, chat workspaces, schedules, calendars) this sync stored or changed.</summary>
    public IReadOnlyList<string> TriggersPublished { get; init; } = [];

    /// <summary>Triggers whose file left the branch at this sync: they no longer start anything.</summary>
    public IReadOnlyList<GitTriggerRemoval> TriggersRemoved { get; init; } = [];
}

using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine.Runs;

/// <summary>A unit of pending work: "activity X should run (again)", with its loop scope and wait state.</summary>
internal sealed class RunToken
{
    public long Id { get; set; }
    public required string ActivityId { get; set; }
    public TokenStatus Status { get; set; }
    public int Attempt { get; set; } = 1;
    public List<LoopFrame> Loops { get; set; } = [];
    public List<string> BookmarkIds { get; set; } = [];

    /// <summary>What the bookmarks wait on, as RunSuspended names it ("timer delay", "approval:T-1"); null when none.</summary>
    public List<string>? Waits { get; set; }

    /// <summary>Set when a bookmark fired; the activity executes again and reads it.</summary>
    public Resumption? Resume { get; set; }

    /// <summary>Other bookmarks of this token that fired in the same pass (a script's parallel waits); null for most tokens.</summary>
    public List<Resumption>? MoreResumes { get; set; }

    /// <summary>Whether this attempt already announced ActivityStarted (a resumed execution does not again).</summary>
    public bool Started { get; set; }

    public long? TimeoutAtMs { get; set; }

    /// <summary>A compensating execution: its outgoing connections are not followed.</summary>
    public bool Compensating { get; set; }

    /// <summary>Activity id plus loop indexes: distinguishes iterations of the same activity.</summary>
    public string ScopeKey => Loops.Count == 0 ? ActivityId : ActivityId + "[" + string.Join(",", Loops.Select(l => l.Index)) + "]";
}

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>
/// A run a chat command asked for and was told "starting": kept in the database from before the answer, until a node
/// started it (or found why it cannot start). Listed by <c>GET /api/triggers/starts</c>.
/// </summary>
internal sealed class ChatStartRequest
{
    /// <summary><c>{workspace}:{invocation}</c>: a redelivered command has the same id, so it adds nothing.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The alias: the claim's scope and what metrics and logs name.</summary>
    public string TriggerId { get; set; } = string.Empty;

    public string Runbook { get; set; } = string.Empty;

    /// <summary>The inputs, as JSON.</summary>
    public string Inputs { get; set; } = "{}";

    /// <summary>The inputs as the reply shows them (<c>target=vcsa-01 mode=quick</c>).</summary>
    public string Shown { get; set; } = string.Empty;

    public string Workspace { get; set; } = string.Empty;
    public string UserId { get; set; } = string.Empty;
    public string UserName { get; set; } = string.Empty;
    public string? Channel { get; set; }
    public string? ResponseUrl { get; set; }

    /// <summary>One of <see cref="ChatStartStatus"/>.</summary>
    public string Status { get; set; } = ChatStartStatus.Pending;

    public string? RunId { get; set; }

    /// <summary>Why it did not start (failed) or waits (a maintenance window).</summary>
    public string? Reason { get; set; }

    public int Attempts { get; set; }

    /// <summary>The node working on it, until <see cref="TakenUntilMs"/>; after that another node may take it.</summary>
    public string? TakenBy { get; set; }

    public long? TakenUntilMs { get; set; }
    public long CreatedAtMs { get; set; }
    public long UpdatedAtMs { get; set; }
}

/// <summary>Where a <see cref="ChatStartRequest"/> is.</summary>
internal static class ChatStartStatus
{
    /// <summary>Acknowledged, not started yet.</summary>
    public const string Pending = "pending";

    public const string Started = "started";

    /// <summary>Outside every maintenance window: starts when the next opens.</summary>
    public const string Waiting = "waiting";

    /// <summary>Will not start: the reason says why (retracted runbook, blackout, refused inputs).</summary>
    public const string Failed = "failed";

    public static readonly string[] All = [Pending, Started, Waiting, Failed];
}

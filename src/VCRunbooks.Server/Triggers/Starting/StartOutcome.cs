namespace VCRunbooks.Server.Triggers.Starting;

/// <summary>What a trigger's request to start a run came to.</summary>
internal sealed record StartOutcome
{
    public required StartResult Result { get; init; }

    /// <summary>The run started, or started earlier with the same key.</summary>
    public string? RunId { get; init; }

    /// <summary>Why nothing started now: the blackout, the engine's refusal, the window it waits for.</summary>
    public string? Reason { get; init; }

    /// <summary>A duplicate whose first request is still being started (its run id is not known yet).</summary>
    public bool StillStarting { get; init; }

    /// <summary>When a deferred run starts: the next maintenance window.</summary>
    public DateTimeOffset? StartsAt { get; init; }
}

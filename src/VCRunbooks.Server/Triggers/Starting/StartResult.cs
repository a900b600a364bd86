namespace VCRunbooks.Server.Triggers.Starting;

/// <summary>Kinds of <see cref="StartOutcome"/>.</summary>
internal enum StartResult
{
    Started,

    /// <summary>The same key was started before: no second run.</summary>
    Duplicate,

    /// <summary>Outside every maintenance window: it starts when the next one opens.</summary>
    Deferred,

    /// <summary>A blackout, an unknown runbook or inputs the runbook refuses.</summary>
    Refused,
}

namespace VCRunbooks.Engine;

/// <summary>
/// What <see cref="IRunbookEngine.RaiseEventAsync"/> did with an event: it woke <see cref="Delivered"/> waits,
/// or, when none existed, it is kept until <see cref="PendingUntil"/> for the first wait on its name and key.
/// Both empty means it was dropped (<see cref="EngineOptions.PendingEventLifetime"/> is zero).
/// </summary>
public sealed record EventDelivery(int Delivered, DateTimeOffset? PendingUntil)
{
    /// <summary>True when no wait existed and the event was kept for a later one.</summary>
    public bool IsPending => PendingUntil is not null;
}

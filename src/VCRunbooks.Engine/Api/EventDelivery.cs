namespace VCRunbooks.Engine;

/// <summary>
/// What <see cref="IRunbookEngine.RaiseEventAsync"/> did with an event: it woke <see cref="Delivered"/> waits,
/// or, when none existed, it is kept until <see cref="PendingUntil"/> for the first wait on its name and key.
/// Both empty means it was dropped (<see cref="EngineOptions.PendingEventLifetime"/> is zero).
/// </summary>
public sealed record EventDelivery(int Delivered, DateTimeOffset? PendingUntil)
{
    public bool IsPending => PendingUntil is not null;
}

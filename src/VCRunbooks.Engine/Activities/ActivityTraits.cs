namespace VCRunbooks.Engine.Activities;

/// <summary>What the runner and the validator need to know about an activity's behaviour.</summary>
[Flags]
public enum ActivityTraits
{
    /// <summary>Side effects, never suspends, not a loop: the runner commits after every execution.</summary>
    None = 0,

    /// <summary>No side effects: re-running it after a crash is harmless, so the batching commit strategy may skip a commit after it.</summary>
    Pure = 1,

    /// <summary>It may suspend on a timer or event, so a cycle through it is not a busy loop.</summary>
    Suspends = 2,

    /// <summary>It bounds a loop (ForEach), so a cycle through it terminates.</summary>
    Loop = 4,
}

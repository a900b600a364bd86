namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>What a schedule does with ticks it missed while no node was running.</summary>
internal enum MisfirePolicy
{
    /// <summary>Start one run for the latest missed tick, however many were missed.</summary>
    RunOnce,

    /// <summary>Start nothing for missed ticks; wait for the next one.</summary>
    Skip,
}

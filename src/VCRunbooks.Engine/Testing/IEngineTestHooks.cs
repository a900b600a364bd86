namespace VCRunbooks.Engine.Testing;

/// <summary>
/// Lets tests, benchmarks and tools step an engine whose clock they drive (a FakeTimeProvider or a stopped virtual
/// clock) without sleeping: wait until it is idle, wake the runs whose timers are due now. Registered by AddRunbookEngine.
/// </summary>
public interface IEngineTestHooks
{
    /// <summary>Completes when this process has no run queued or executing.</summary>
    Task WhenIdleAsync(CancellationToken cancellationToken);

    /// <summary>Dispatches every run whose timer is due on the engine's TimeProvider now; returns how many.</summary>
    Task<int> PollTimersAsync(CancellationToken cancellationToken);

    /// <summary>Stops waking timers in this process, as a killed process would; running passes are not waited for.</summary>
    ValueTask StopTimersAsync();
}

using System.Collections.Concurrent;

namespace VCRunbooks.Engine.Tests.Infrastructure;

/// <summary>What test activities record: every execution, in order, with its idempotency key.</summary>
public sealed class Probe
{
    public ConcurrentQueue<(string Activity, string Key, string Label)> Executions { get; } = new();

    /// <summary>How many more times Flaky activities fail (per activity id).</summary>
    public ConcurrentDictionary<string, int> FailuresLeft { get; } = new();

    private int _concurrent;
    private int _maxConcurrent;

    public TaskCompletionSource HangStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first RecordStep has executed.</summary>
    public TaskCompletionSource StepRecorded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a Gate activity holds its pass; the Gate goes on once <see cref="GateOpen"/> completes.</summary>
    public TaskCompletionSource GateReached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource GateOpen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int MaxConcurrent => Volatile.Read(ref _maxConcurrent);

    /// <summary>The switch CutStore flips; it takes effect only where a test added it to EngineOptions.Interceptors.</summary>
    public StoreOutage Outage { get; } = new();

    public void Enter()
    {
        var now = Interlocked.Increment(ref _concurrent);
        int seen;
        while ((seen = Volatile.Read(ref _maxConcurrent)) < now && Interlocked.CompareExchange(ref _maxConcurrent, now, seen) != seen)
        {
        }
    }

    public void Leave() => Interlocked.Decrement(ref _concurrent);

    public IReadOnlyList<string> Labels => Executions.Select(e => e.Label).ToList();
}

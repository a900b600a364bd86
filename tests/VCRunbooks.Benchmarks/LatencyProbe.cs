using System.Collections.Concurrent;

namespace VCRunbooks.Benchmarks;

public sealed class LatencyProbe
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _waiting = new();

    public Task<long> Expect(string key) =>
        _waiting.GetOrAdd(key, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Arrived(string key, long timestamp) =>
        _waiting.GetOrAdd(key, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(timestamp);

    public void Reset() => _waiting.Clear();
}

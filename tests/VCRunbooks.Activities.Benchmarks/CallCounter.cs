namespace VCRunbooks.Activities.Benchmarks;

/// <summary>Counts client calls (one call is one vCenter request, not counting logins and transport retries).</summary>
internal sealed class CallCounter
{
    private long _calls;

    public long Calls => Interlocked.Read(ref _calls);

    public void Count() => Interlocked.Increment(ref _calls);
}

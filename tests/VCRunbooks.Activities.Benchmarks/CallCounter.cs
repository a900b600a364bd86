namespace VCRunbooks.Activities.Benchmarks;

/// <summary>Counts client calls (one call is one vCenter request, not counting logins and transport retries).</summary>
internal sealed class CallCounter
{
    private long calls;

    public long Calls => Interlocked.Read(ref calls);

    public void Count() => Interlocked.Increment(ref calls);
}

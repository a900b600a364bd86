using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Tests.Runs;

public sealed class BackoffTests
{
    [Fact]
    public void Delay_GrowsExponentiallyAndStopsAtTheCap()
    {
        var retry = new RetrySettings { InitialDelay = TimeSpan.FromSeconds(1), BackoffMultiplier = 2, MaxDelay = TimeSpan.FromSeconds(5), Jitter = 0 };

        var delays = Enumerable.Range(1, 5).Select(a => Backoff.Delay(retry, a, "run:step").TotalSeconds);

        Assert.Equal([1, 2, 4, 5, 5], delays);
    }

    [Fact]
    public void Delay_WithJitter_StaysInBandAndIsStablePerStep()
    {
        var retry = new RetrySettings { InitialDelay = TimeSpan.FromSeconds(10), BackoffMultiplier = 1, MaxDelay = TimeSpan.FromMinutes(1), Jitter = 0.2 };

        var delays = Enumerable.Range(0, 50).Select(i => Backoff.Delay(retry, 1, $"run{i}:step").TotalSeconds).ToList();

        Assert.All(delays, d => Assert.InRange(d, 8, 12));
        Assert.True(delays.Distinct().Count() > 10, "jitter should spread retries of different runs");
        Assert.Equal(Backoff.Delay(retry, 1, "run7:step"), Backoff.Delay(retry, 1, "run7:step"));
    }
}

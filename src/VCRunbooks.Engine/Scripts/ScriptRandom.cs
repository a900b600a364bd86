namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// A script's random numbers, seeded from the run: a replay draws the same numbers in the same order, so code that
/// branches on them makes the same calls again. (SplitMix64, so the sequence does not depend on the .NET version.)
/// </summary>
public sealed class ScriptRandom
{
    private ulong state;

    internal ScriptRandom(ulong seed) => state = seed;

    /// <summary>A number from 0 (inclusive) to <paramref name="maxValue"/> (exclusive).</summary>
    public int Next(int maxValue) => Next(0, maxValue);

    /// <summary>A number from <paramref name="minValue"/> (inclusive) to <paramref name="maxValue"/> (exclusive).</summary>
    public int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        var range = (ulong)((long)maxValue - minValue);
        return range == 0 ? minValue : (int)((long)minValue + (long)(NextUInt64() % range));
    }

    /// <summary>A number from 0 (inclusive) to 1 (exclusive).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    private ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

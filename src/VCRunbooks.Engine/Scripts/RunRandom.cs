namespace VCRunbooks.Engine.Scripts;

/// <summary>The run's generator behind <see cref="ScriptRandom"/>: SplitMix64, so the sequence does not depend on the .NET version.</summary>
internal sealed class RunRandom(ulong seed)
{
    private ulong _state = seed;

    public int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        var range = (ulong)((long)maxValue - minValue);
        return range == 0 ? minValue : (int)((long)minValue + (long)(NextUInt64() % range));
    }

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    private ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

using System.ComponentModel;

namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// A script's random numbers (<c>Random.Next(10)</c> in a script names this), seeded from the run: a replay draws the
/// same numbers in the same order, so code that branches on them makes the same calls again.
/// </summary>
public static class ScriptRandom
{
    /// <summary>A number from 0 (inclusive) to <paramref name="maxValue"/> (exclusive).</summary>
    public static int Next(int maxValue) => Next(0, maxValue);

    /// <summary>A number from <paramref name="minValue"/> (inclusive) to <paramref name="maxValue"/> (exclusive).</summary>
    public static int Next(int minValue, int maxValue) => ScriptRuntime.Random.Next(minValue, maxValue);

    /// <summary>A number from 0 (inclusive) to 1 (exclusive).</summary>
    public static double NextDouble() => ScriptRuntime.Random.NextDouble();
}

using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Health;

/// <summary>
/// A health indicator (lowercase on the wire). Members are in increasing order of trouble for the composite rule,
/// with gray ("no data") between green and the definite trouble levels.
/// </summary>
public enum HealthLevel
{
    /// <summary>Healthy (wire <c>green</c>).</summary>
    [JsonStringEnumMemberName("green")]
    Green,
    /// <summary>No health data available (<c>gray</c>).</summary>
    [JsonStringEnumMemberName("gray")]
    Gray,
    /// <summary>Healthy, but with some problems (<c>yellow</c>).</summary>
    [JsonStringEnumMemberName("yellow")]
    Yellow,
    /// <summary>Degraded; may have serious problems (<c>orange</c>).</summary>
    [JsonStringEnumMemberName("orange")]
    Orange,
    /// <summary>Unavailable, not functioning, or about to stop (<c>red</c>).</summary>
    [JsonStringEnumMemberName("red")]
    Red,
}

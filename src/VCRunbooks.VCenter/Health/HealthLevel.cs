using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Health;

/// <summary>
/// A health indicator (lowercase on the wire). Members are in increasing order of trouble for the composite rule,
/// with gray ("no data") between green and the definite trouble levels.
/// </summary>
public enum HealthLevel
{
    [JsonStringEnumMemberName("green")]
    Green,
    [JsonStringEnumMemberName("gray")]
    Gray,
    [JsonStringEnumMemberName("yellow")]
    Yellow,
    [JsonStringEnumMemberName("orange")]
    Orange,
    [JsonStringEnumMemberName("red")]
    Red,
}

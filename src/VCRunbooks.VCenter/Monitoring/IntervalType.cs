using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Monitoring;

/// <summary>appliance.Monitoring.IntervalType: the roll-up interval of a statistics query.</summary>
public enum IntervalType
{
    [JsonStringEnumMemberName("MINUTES5")]
    Minutes5,
    [JsonStringEnumMemberName("MINUTES30")]
    Minutes30,
    [JsonStringEnumMemberName("HOURS2")]
    Hours2,
    [JsonStringEnumMemberName("HOURS6")]
    Hours6,
    [JsonStringEnumMemberName("DAY1")]
    Day1,
}

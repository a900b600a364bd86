using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Monitoring;

/// <summary>appliance.Monitoring.IntervalType: the roll-up interval of a statistics query.</summary>
public enum IntervalType
{
    /// <summary>5-minute samples, the finest (288 a day).</summary>
    [JsonStringEnumMemberName("MINUTES5")]
    Minutes5,
    /// <summary>30-minute roll-ups (336 a week).</summary>
    [JsonStringEnumMemberName("MINUTES30")]
    Minutes30,
    /// <summary>2-hour roll-ups (360 a month).</summary>
    [JsonStringEnumMemberName("HOURS2")]
    Hours2,
    /// <summary>6-hour roll-ups (360 a quarter).</summary>
    [JsonStringEnumMemberName("HOURS6")]
    Hours6,
    /// <summary>Daily roll-ups (365 a year).</summary>
    [JsonStringEnumMemberName("DAY1")]
    Day1,
}

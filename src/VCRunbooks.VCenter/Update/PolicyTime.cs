namespace VCRunbooks.VCenter.Update;

/// <summary>A weekly time at which the appliance checks for updates.</summary>
public sealed record PolicyTime
{
    /// <summary>Day of the week.</summary>
    public required PolicyDay Day { get; init; }
    /// <summary>Hour, 0–24.</summary>
    public required long Hour { get; init; }
    /// <summary>Minute, 0–59.</summary>
    public required long Minute { get; init; }
}

namespace VCRunbooks.VCenter.Update;

/// <summary>A weekly time at which the appliance checks for updates.</summary>
public sealed record PolicyTime
{
    public required PolicyDay Day { get; init; }
    public required long Hour { get; init; }
    public required long Minute { get; init; }
}

namespace VCRunbooks.VCenter.Recovery;

/// <summary>appliance.recovery Info: whether the appliance supports backup and restore.</summary>
public sealed record RecoveryInfo
{
    public required bool Supported { get; init; }
}

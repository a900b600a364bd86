namespace VCRunbooks.VCenter.Recovery;

/// <summary>appliance.recovery Info: whether the appliance supports backup and restore.</summary>
public sealed record RecoveryInfo
{
    /// <summary>Whether backup and restore are supported.</summary>
    public required bool Supported { get; init; }
}

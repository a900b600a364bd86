namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>What a schedule does on a tick while its previous run is still going.</summary>
internal enum OverlapPolicy
{
    /// <summary>Skip the tick.</summary>
    Skip,

    /// <summary>Start another run beside it.</summary>
    Allow,
}

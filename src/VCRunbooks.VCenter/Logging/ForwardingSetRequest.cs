namespace VCRunbooks.VCenter.Logging;

/// <summary>Body of PUT logging/forwarding (the same in /api and /rest): at most three servers.</summary>
public sealed record ForwardingSetRequest
{
    public required IReadOnlyList<ForwardingConfig> CfgList { get; init; }
}

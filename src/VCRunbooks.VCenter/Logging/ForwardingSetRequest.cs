namespace VCRunbooks.VCenter.Logging;

/// <summary>Body of PUT logging/forwarding (the same in /api and /rest): at most three servers.</summary>
public sealed record ForwardingSetRequest
{
    /// <summary>The complete list of servers; it replaces the current one, and an empty list stops forwarding (wire <c>cfg_list</c>).</summary>
    public required IReadOnlyList<ForwardingConfig> CfgList { get; init; }
}

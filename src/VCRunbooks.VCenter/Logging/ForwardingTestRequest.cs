namespace VCRunbooks.VCenter.Logging;

/// <summary>Body of POST logging/forwarding?action=test.</summary>
public sealed record ForwardingTestRequest
{
    public bool? SendTestMessage { get; init; }
}

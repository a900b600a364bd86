namespace VCRunbooks.VCenter.Logging;

/// <summary>Body of POST logging/forwarding?action=test.</summary>
public sealed record ForwardingTestRequest
{
    /// <summary>True to send a test message to each server; null or false only tests the connection.</summary>
    public bool? SendTestMessage { get; init; }
}

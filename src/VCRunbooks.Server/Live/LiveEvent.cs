namespace VCRunbooks.Server.Live;

/// <summary>One engine event as live streams send it: outbox id, run, Contracts type name and its JSON.</summary>
internal sealed record LiveEvent(long Id, string RunId, string Type, string Payload);

namespace VCRunbooks.Engine;

/// <summary>
/// One run event whose transaction has just committed: the same Type and Payload as its outbox row, without the
/// row's id (the commit path does not read ids back; observers that need an order number assign their own).
/// </summary>
public sealed record CommittedEvent(string RunId, string Type, string Payload, DateTimeOffset CreatedAt);

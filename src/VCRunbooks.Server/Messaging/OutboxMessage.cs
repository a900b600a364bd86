namespace VCRunbooks.Server.Messaging;

/// <summary>One event waiting in the engine's outbox, in commit order.</summary>
/// <param name="Sequence">Position in the outbox; the relay publishes in this order.</param>
/// <param name="MessageId">Stable id sent as the MassTransit MessageId, so consumers can drop a redelivery.</param>
/// <param name="RunId">The run the event belongs to.</param>
/// <param name="Message">The VCRunbooks.Contracts event record.</param>
internal sealed record OutboxMessage(long Sequence, Guid MessageId, string RunId, object Message);

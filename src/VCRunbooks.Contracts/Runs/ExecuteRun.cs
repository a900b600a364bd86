namespace VCRunbooks.Contracts.Runs;

/// <summary>
/// Asks whichever server node takes it from the queue to execute the next pass of a run. Sent by the nodes
/// themselves when RabbitMQ is configured; the nodes compete for these messages.
/// </summary>
public sealed record ExecuteRun
{
    /// <summary>The run to execute.</summary>
    public required string RunId { get; init; }
}

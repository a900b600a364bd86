namespace VCRunbooks.Server.Tests.Messaging;

/// <summary>
/// Bus tests run one after another: hosts on one broker would consume each other's events (same exchange), and the
/// outage test stops the broker under everyone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerTests
{
    public const string Name = "RabbitMQ";
}

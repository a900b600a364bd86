using MassTransit;

namespace VCRunbooks.Server.ScaleOut;

/// <summary>
/// The execute-run queue: as many passes at once as the node has engine workers, and a few redeliveries when a pass
/// fails outside any activity (the database briefly unreachable); after those the recovery sweep picks the run up.
/// </summary>
internal sealed class ExecuteRunConsumerDefinition : ConsumerDefinition<ExecuteRunConsumer>
{
    public ExecuteRunConsumerDefinition(EngineSettings settings)
    {
        EndpointName = settings.DispatchQueue;
        ConcurrentMessageLimit = settings.Workers ?? Math.Max(2, Environment.ProcessorCount);
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ExecuteRunConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Intervals(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)));
    }
}

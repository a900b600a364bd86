using MassTransit;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Dispatch;

namespace VCRunbooks.Server.ScaleOut;

/// <summary>
/// Dispatches runs through RabbitMQ: one ExecuteRun message to the execute-run queue, which every node consumes, so
/// the nodes share the runs as competing consumers. The run lease keeps a run on one node at a time.
/// </summary>
internal sealed class BusRunDispatcher(IBus bus, EngineSettings settings) : IRunDispatcher
{
    private readonly Uri _queue = new($"queue:{settings.DispatchQueue}");

    public async ValueTask DispatchAsync(string runId, CancellationToken cancellationToken)
    {
        var endpoint = await bus.GetSendEndpoint(_queue);
        await endpoint.Send(new ExecuteRun { RunId = runId }, cancellationToken);
    }
}

using MassTransit;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Dispatch;

namespace VCRunbooks.Server.ScaleOut;

/// <summary>Executes a pass of the run named by an ExecuteRun message (the engine's worker takes the run's lease first).</summary>
internal sealed class ExecuteRunConsumer(IRunWorker worker) : IConsumer<ExecuteRun>
{
    public Task Consume(ConsumeContext<ExecuteRun> context)
    {
        if (string.IsNullOrWhiteSpace(context.Message.RunId))
        {
            throw new ArgumentException("ExecuteRun.RunId is required.", nameof(context));
        }

        return worker.ExecuteAsync(context.Message.RunId, context.CancellationToken);
    }
}

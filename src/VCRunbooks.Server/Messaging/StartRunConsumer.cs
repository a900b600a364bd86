using MassTransit;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine;

namespace VCRunbooks.Server.Messaging;

/// <summary>Lets other systems start runs by sending StartRun; the idempotency key makes redelivery harmless.</summary>
internal sealed partial class StartRunConsumer(IRunbookEngine engine, ILogger<StartRunConsumer> logger) : IConsumer<StartRun>
{
    public async Task Consume(ConsumeContext<StartRun> context)
    {
        var command = context.Message;
        // Without a key of its own, the message id stands in, so a redelivered command finds the run it started.
        var key = command.IdempotencyKey ?? context.MessageId?.ToString();
        var run = await engine.StartRunAsync(command.DefinitionId, command.Inputs, key, command.Version, context.CancellationToken);
        LogStarted(logger, run.Id, command.DefinitionId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} of {RunbookId} started by a StartRun message")]
    private static partial void LogStarted(ILogger logger, string runId, string runbookId);
}

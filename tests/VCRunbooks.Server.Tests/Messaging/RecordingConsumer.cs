using MassTransit;

namespace VCRunbooks.Server.Tests.Messaging;

/// <summary>Records every <see cref="TestRunEvent"/> it consumes.</summary>
public sealed class RecordingConsumer(ReceivedEvents received) : IConsumer<TestRunEvent>
{
    public Task Consume(ConsumeContext<TestRunEvent> context)
    {
        received.Add(context.MessageId, context.Message);
        return Task.CompletedTask;
    }
}

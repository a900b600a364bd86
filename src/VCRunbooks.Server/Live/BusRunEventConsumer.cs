using System.Text.Json;
using System.Text.Json.Serialization;
using MassTransit;
using VCRunbooks.Contracts.Runs;

namespace VCRunbooks.Server.Live;

/// <summary>
/// Feeds this node's <see cref="RunEventHub"/> with the run events of every node, as the outbox relays publish them.
/// Consumed one message at a time from this node's own temporary queue (see <see cref="LiveFeedBusExtensions"/>),
/// so each run's events reach the hub in the order the relay published them; repeats (two nodes relaying the same
/// outbox row) are dropped by MessageId.
/// </summary>
internal sealed class BusRunEventConsumer(RunEventHub hub, RecentMessageIds recent) :
    IConsumer<RunStarted>, IConsumer<ActivityStarted>, IConsumer<ActivityCompleted>, IConsumer<ActivityFaulted>,
    IConsumer<QuestionRaised>, IConsumer<QuestionAnswered>, IConsumer<RunSuspended>, IConsumer<RunResumed>,
    IConsumer<RunCompleted>, IConsumer<RunFaulted>, IConsumer<RunCancelled>
{
    /// <summary>The engine's outbox payload shape (web defaults, nulls left out), so streams look alike in both modes.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public Task Consume(ConsumeContext<RunStarted> context) => Deliver(context, context.Message.RunId);

    public Task Consume(ConsumeContext<ActivityStarted> context) => Deliver(context, context.Message.RunId);

    public Task Consume(ConsumeContext<ActivityCompleted> context) => Deliver(context, context.Message.RunId);

    public Task Consume(ConsumeContext<ActivityFaulted> context) => Deliver(context, context.Message.RunId);

    public Task Consume(ConsumeContext<QuestionRaised> context) => Deliver(context, context.Message.RunId);

    public Task Consume(ConsumeContext<QuestionAnswered> context) => Deliver(context, context.Message.RunId);

    public Task Consume(ConsumeContext<RunSuspended> context) => Deliver(context, context.Message.RunId);

    public Task Consume(ConsumeContext<RunResumed> context) => Deliver(context, context.Message.RunId);

    public Task Consume(ConsumeContext<RunCompleted> context) => Deliver(context, context.Message.RunId);

    public Task Consume(ConsumeContext<RunFaulted> context) => Deliver(context, context.Message.RunId);

    public Task Consume(ConsumeContext<RunCancelled> context) => Deliver(context, context.Message.RunId);

    private Task Deliver<T>(ConsumeContext<T> context, string runId)
        where T : class
    {
        if (context.MessageId is not { } messageId || recent.TryAdd(messageId))
        {
            hub.Deliver(runId, typeof(T).Name, JsonSerializer.Serialize(context.Message, Json));
        }
        return Task.CompletedTask;
    }
}

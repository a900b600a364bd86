using VCRunbooks.Engine.Dispatch;
using VCRunbooks.Engine.Timers;

namespace VCRunbooks.Engine.Testing;

internal sealed class EngineTestHooks(ChannelRunDispatcher dispatcher, TimerPoller poller) : IEngineTestHooks
{
    public Task WhenIdleAsync(CancellationToken cancellationToken) => dispatcher.WhenIdleAsync(cancellationToken);

    public Task<int> PollTimersAsync(CancellationToken cancellationToken) => poller.TickAsync(cancellationToken);

    public ValueTask StopTimersAsync() => poller.DisposeAsync();
}

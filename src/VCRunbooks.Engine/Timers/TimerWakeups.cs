namespace VCRunbooks.Engine.Timers;

/// <summary>Lets the runner tell the poller about a new timer without depending on it (the poller depends on the dispatcher, which depends on the runner).</summary>
internal sealed class TimerWakeups
{
    private Action<long>? _listener;

    public void Listen(Action<long> onTimerCreated) => _listener = onTimerCreated;

    public void TimerCreated(long dueAtMs) => _listener?.Invoke(dueAtMs);
}

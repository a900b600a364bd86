using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Services;

namespace VCRunbooks.Simulator.Services;

/// <summary>
/// One service that starts and stops over simulated seconds: STOPPING for <see cref="StopTime"/>, STARTING for
/// <see cref="StartTime"/>; a restart does both.
/// </summary>
internal sealed class SimulatedService(string id, string description, StartupType startup, bool running)
{
    public static readonly TimeSpan StartTime = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan StopTime = TimeSpan.FromSeconds(15);

    private (string Action, DateTimeOffset Began)? _transition;
    private bool _running = running;

    public string Id { get; } = id;
    public string Description { get; } = description;
    public StartupType Startup { get; set; } = startup;

    public ServiceState State(DateTimeOffset now)
    {
        if (_transition is not { } t)
        {
            return _running ? ServiceState.Started : ServiceState.Stopped;
        }
        var elapsed = now - t.Began;
        return t.Action switch
        {
            "start" => elapsed < StartTime ? ServiceState.Starting : ServiceState.Started,
            "stop" => elapsed < StopTime ? ServiceState.Stopping : ServiceState.Stopped,
            _ => elapsed < StopTime ? ServiceState.Stopping : elapsed < StopTime + StartTime ? ServiceState.Starting : ServiceState.Started,
        };
    }

    /// <summary>Finishes a transition whose time is up.</summary>
    public void Advance(DateTimeOffset now)
    {
        if (_transition is not null && State(now) is ServiceState.Started or ServiceState.Stopped)
        {
            _running = State(now) == ServiceState.Started;
            _transition = null;
        }
    }

    /// <summary>Starts a start, stop or restart; a start of a started (or stop of a stopped) service does nothing.</summary>
    public bool Begin(string action, DateTimeOffset now)
    {
        Advance(now);
        var state = State(now);
        if (state is ServiceState.Starting or ServiceState.Stopping)
        {
            throw VapiException.NotAllowed($"Service '{Id}' is {state.ToString().ToUpperInvariant()}; wait until it settles.");
        }
        if (action != "stop" && Startup == StartupType.Disabled)
        {
            throw VapiException.NotAllowed($"Service '{Id}' is disabled; change its startup type first.");
        }
        if (action == "start" && _running || action == "stop" && !_running)
        {
            return false;
        }
        _transition = (action == "restart" && !_running ? "start" : action, now);
        return true;
    }
}

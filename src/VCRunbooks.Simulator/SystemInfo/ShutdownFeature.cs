using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.SystemInfo;

namespace VCRunbooks.Simulator.SystemInfo;

/// <summary>
/// A scheduled reboot or power-off. When its time comes a reboot takes the appliance away for
/// <see cref="RebootDown"/> (connections refused) and its services restart until <see cref="RebootServicesUp"/>;
/// a power-off refuses connections until the control API clears the faults.
/// </summary>
internal sealed class ShutdownFeature : IApplianceFeature<ShutdownFeature>
{
    public static readonly TimeSpan RebootDown = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan RebootServicesUp = TimeSpan.FromMinutes(7);

    private readonly Appliance _appliance;

    private ShutdownFeature(Appliance appliance) => _appliance = appliance;

    public static ShutdownFeature Create(Appliance appliance) => new(appliance);

    public DateTimeOffset? ShutdownTime { get; private set; }
    public string Action { get; private set; } = "";
    public string Reason { get; private set; } = "";

    public void Advance(DateTimeOffset now)
    {
        if (ShutdownTime is not { } at || now < at)
        {
            return;
        }
        if (Action == "reboot")
        {
            _appliance.Faults.RefuseConnectionsUntil = at + RebootDown;
            _appliance.ServicesRestartingUntil = at + RebootServicesUp;
            // A reboot ends every session, as the real appliance's restart does.
            _appliance.Sessions.ExpireAll();
        }
        else
        {
            _appliance.Faults.RefuseConnectionsUntil = DateTimeOffset.MaxValue;
        }
        _appliance.Ledger.Record(at, "shutdown." + Action, _appliance.Name, Reason);
        ShutdownTime = null;
        Action = Reason = "";
    }

    public void Schedule(string action, ShutdownRequest request, DateTimeOffset now)
    {
        if (request.Delay < 0)
        {
            throw Vapi.VapiException.InvalidArgument("delay", "the delay must not be negative.");
        }
        ShutdownTime = now.AddMinutes(request.Delay);
        Action = action;
        Reason = request.Reason;
        _appliance.Ledger.Record(now, "shutdown.scheduled", action, request.Reason);
        Advance(now);
    }

    public void Cancel()
    {
        ShutdownTime = null;
        Action = Reason = "";
    }

    public ShutdownConfig Config() => new() { ShutdownTime = ShutdownTime, Action = Action, Reason = Reason };
}

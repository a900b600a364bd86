using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Logging;

namespace VCRunbooks.Simulator.Logging;

/// <summary>
/// appliance.logging.Forwarding on the management side (root basic auth or a session): get, set (at most three
/// servers) and test. UDP cannot be checked, so its state is always UNKNOWN; TCP and TLS hosts are UP unless the
/// control API marked them down.
/// </summary>
internal sealed class SyslogForwardingModule : IVapiModule
{
    private const string Path = "/appliance/logging/forwarding";

    public void Map(VapiRouteTable routes)
    {
        routes.Get("/api" + Path, "/rest" + Path, Access.Read, Get, Side.Management);
        routes.Add(new VapiOperation { Method = "PUT", Api = "/api" + Path, Rest = "/rest" + Path, Access = Access.Write, Side = Side.Management, Handler = Set });
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = $"/api{Path}?action=test", Rest = $"/rest{Path}?action=test", Access = Access.Read, Side = Side.Management, Handler = Test,
        });
    }

    private static VapiResult Get(VapiContext context) => VapiResult.Ok(context.Appliance.Feature<SyslogForwardingState>().Configs);

    private static VapiResult Set(VapiContext context)
    {
        var request = context.Body<ForwardingSetRequest>();
        if (SyslogForwardingState.Validate(request.CfgList) is var (field, reason))
        {
            throw VapiException.InvalidArgument(field, reason);
        }
        context.Appliance.Feature<SyslogForwardingState>().Set(request.CfgList);
        context.Appliance.Ledger.Record(context.Now, "syslog.configured", context.Appliance.Name,
            string.Join(",", request.CfgList.Select(c => $"{c.Protocol}://{c.Hostname}:{c.Port}")));
        return VapiResult.NoContent();
    }

    private static VapiResult Test(VapiContext context)
    {
        var request = context.OptionalBody<ForwardingTestRequest>() ?? new ForwardingTestRequest();
        var state = context.Appliance.Feature<SyslogForwardingState>();
        var statuses = state.Configs.Select(config => Check(state, config)).ToList();
        if (request.SendTestMessage == true)
        {
            // UDP messages leave the appliance whether or not anyone listens; TCP/TLS only reach hosts that are up.
            foreach (var config in state.Configs.Where(c => c.Protocol == ForwardingProtocol.Udp || !state.DownHosts.Contains(c.Hostname)))
            {
                context.Appliance.Ledger.Record(context.Now, "syslog.test_message", config.Hostname, $"{config.Protocol}:{config.Port}");
            }
        }
        return VapiResult.Ok(statuses);
    }

    private static ForwardingConnectionStatus Check(SyslogForwardingState state, ForwardingConfig config)
    {
        if (config.Protocol == ForwardingProtocol.Udp)
        {
            return new ForwardingConnectionStatus
            {
                Hostname = config.Hostname,
                State = ConnectionState.Unknown,
                Message = LocalizableMessage.Of("com.vmware.appliance.logging.forwarding.udp_unknown",
                    "UDP is connectionless: the state of the remote server cannot be determined."),
            };
        }
        return state.DownHosts.Contains(config.Hostname)
            ? new ForwardingConnectionStatus
            {
                Hostname = config.Hostname,
                State = ConnectionState.Down,
                Message = LocalizableMessage.Of("com.vmware.appliance.logging.forwarding.connection_failed",
                    $"Could not connect to {config.Hostname}:{config.Port} over {config.Protocol.ToString().ToUpperInvariant()}.",
                    config.Hostname, config.Port.ToString(), config.Protocol.ToString().ToUpperInvariant()),
            }
            : new ForwardingConnectionStatus { Hostname = config.Hostname, State = ConnectionState.Up };
    }
}

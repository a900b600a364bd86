using System.Collections.Immutable;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Logging;

namespace VCRunbooks.Simulator.Logging;

/// <summary>
/// The appliance's syslog forwarding configuration, and which remote hosts are down (a control-API scenario:
/// a TCP or TLS test reports DOWN for them). Infrastructure profiles export and import the configuration.
/// </summary>
internal sealed class SyslogForwardingState : IApplianceFeature<SyslogForwardingState>
{
    public const int MaxServers = 3;

    public static SyslogForwardingState Create(Appliance appliance) => new();

    public IReadOnlyList<ForwardingConfig> Configs { get; private set; } = [];

    /// <summary>Remote hosts that do not answer; changed through the control API.</summary>
    public ImmutableHashSet<string> DownHosts { get; set; } = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Checks a configuration list as the appliance does; null when valid, else the field and reason.</summary>
    public static (string Field, string Reason)? Validate(IReadOnlyList<ForwardingConfig> configs)
    {
        if (configs.Count > MaxServers)
        {
            return ("cfg_list", $"at most {MaxServers} remote servers can be configured; {configs.Count} were given.");
        }
        for (var i = 0; i < configs.Count; i++)
        {
            var config = configs[i];
            if (string.IsNullOrWhiteSpace(config.Hostname))
            {
                return ($"cfg_list[{i}].hostname", "a host name or IP address is required.");
            }
            if (config.Port is < 1 or > 65535)
            {
                return ($"cfg_list[{i}].port", $"{config.Port} is not a port number (1-65535).");
            }
        }
        return null;
    }

    public void Set(IReadOnlyList<ForwardingConfig> configs) => Configs = [.. configs];

    public void Advance(DateTimeOffset now)
    {
    }
}
